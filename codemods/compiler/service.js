// The compiler-guided fix tier's node helper (codemods/compiler/session.py starts one per project).
//
// Run as `node service.js TYPINGS_FOLDER`; TYPINGS_FOLDER is what `codemod typings install` put in
// place (node_modules/typescript and the pinned typings, tsconfig.base.json). Reads one JSON
// request a line and answers one JSON line:
//
//   {"files": {relative path: text}, "file": relative path, "codes": [error codes],
//    "hints": [module specifiers]}
//   -> {"fixes": [{code, start, length, message, fixName, fixId, description,
//                  changes: [{start, length, newText}], otherFiles, target}],
//       "errors": the file's syntax and semantic errors, all codes}
//
// The files are the whole project, served from memory under TYPINGS_FOLDER/project/; the language
// service keeps what it parsed (the typings above all) between requests. Positions are UTF-16
// offsets into the text as sent. `target` says where the name a fix writes is declared (the npm
// package of its declaration, or "project"), so that the caller can decide what to apply. `hints`
// are modules to load into the program although no file imports them yet (the catalog's module of
// a class the code uses without importing it), so that the import fix can find their exports;
// `missing` lists the names of "cannot find name" errors that got no import fix.
'use strict';
const path = require('path');
const readline = require('readline');
const root = process.argv[2];
const ts = require(path.join(root, 'node_modules', 'typescript'));

const configHost = {...ts.sys, onUnRecoverableConfigFileDiagnostic: d => {
  throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); }};
const options = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.base.json'), {}, configHost).options;
const projectRoot = path.join(root, 'project') + path.sep;
const inProject = f => f.startsWith(projectRoot);
const exists = new Map(), dirs = new Map(), texts = new Map();
const remember = (map, key, compute) => { if (!map.has(key)) map.set(key, compute(key)); return map.get(key); };

let files = new Map();  // absolute path -> {text, version}
let memoryDirs = new Set();

const host = {
  getCompilationSettings: () => options,
  getScriptFileNames: () => [...files.keys()],
  getScriptVersion: f => (files.has(f) ? String(files.get(f).version) : '0'),
  getScriptSnapshot: f => {
    const text = inProject(f) ? (files.has(f) ? files.get(f).text : undefined) : remember(texts, f, ts.sys.readFile);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => projectRoot,
  getDefaultLibFileName: o => ts.getDefaultLibFilePath(o),
  fileExists: f => (inProject(f) ? files.has(f) : remember(exists, f, ts.sys.fileExists)),
  readFile: f => (inProject(f) ? (files.has(f) ? files.get(f).text : undefined) : remember(texts, f, ts.sys.readFile)),
  directoryExists: d => memoryDirs.has(d) || (!inProject(d + path.sep) && remember(dirs, d, ts.sys.directoryExists)),
  getDirectories: d => (inProject(d + path.sep) ? [] : ts.sys.getDirectories(d)),
  useCaseSensitiveFileNames: () => true,
  getNewLine: () => '\n',
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
const formatSettings = {...ts.getDefaultFormatCodeSettings('\n'), newLineCharacter: '\n'};
const preferences = {quotePreference: 'auto', importModuleSpecifierPreference: 'non-relative',
  includeCompletionsForModuleExports: true, includePackageJsonAutoImports: 'off'};

const HINTS = path.join(projectRoot, '__codemod_hints__.ts');

function update(sent, hints) {
  const next = new Map();
  if (hints && hints.length) sent = {...sent, [path.relative(projectRoot, HINTS)]: hints.map(h => `import ${JSON.stringify(h)};\n`).join('')};
  for (const [rel, text] of Object.entries(sent)) {
    const abs = path.join(projectRoot, rel);
    const old = files.get(abs);
    next.set(abs, old && old.text === text ? old : {text, version: (old ? old.version : 0) + 1});
  }
  files = next;
  memoryDirs = new Set();
  for (const f of files.keys()) for (let d = path.dirname(f); d.length >= root.length; d = path.dirname(d)) memoryDirs.add(d);
}

// The npm package a declaration file belongs to ("@cdktf/provider-aws", "cdktf"), "project" for the
// project's own files, "typescript" for the standard library.
function packageOf(fileName) {
  if (inProject(fileName)) return 'project';
  const parts = fileName.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return 'unknown';
  return parts[at + 1].startsWith('@') ? parts[at + 1] + '/' + parts[at + 2] : parts[at + 1];
}

function describe(symbol, checker, kind, extra) {
  if (!symbol) return null;
  let resolved = symbol;
  if (resolved.flags & ts.SymbolFlags.Alias) resolved = checker.getAliasedSymbol(resolved);
  const declarations = resolved.declarations || [];
  return {kind, name: symbol.name, packages: [...new Set(declarations.map(d => packageOf(d.getSourceFile().fileName)))], ...extra};
}

// What the spelling fix at `start` writes and where that is declared (the same cases as the
// language service's fixSpelling).
function spellingTarget(sourceFile, start, code, checker, program) {
  const node = ts.getTokenAtPosition(sourceFile, start);
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    const type = checker.getNonNullableType(checker.getTypeAtLocation(parent.expression));
    return describe(checker.getSuggestedSymbolForNonexistentProperty(node, type), checker, 'member',
      {container: checker.typeToString(type)});
  }
  if (ts.isQualifiedName(parent) && parent.right === node) {
    const symbol = checker.getSymbolAtLocation(parent.left);
    if (symbol && symbol.flags & ts.SymbolFlags.Module) {
      return describe(checker.getSuggestedSymbolForNonexistentModule(node, symbol), checker, 'member', {container: symbol.name});
    }
    return null;
  }
  if (ts.isImportSpecifier(parent) && parent.name === node) {
    const declaration = ts.findAncestor(node, ts.isImportDeclaration);
    const specifier = declaration && ts.isStringLiteralLike(declaration.moduleSpecifier) ? declaration.moduleSpecifier.text : null;
    const moduleSymbol = declaration && checker.getSymbolAtLocation(declaration.moduleSpecifier);
    if (!moduleSymbol) return null;
    return describe(checker.getSuggestedSymbolForNonexistentModule(node, moduleSymbol), checker, 'export', {module: specifier});
  }
  if (ts.isIdentifier(node)) {
    const meaning = ts.getMeaningFromLocation(node);
    let flags = 0;
    if (meaning & 4) flags |= ts.SymbolFlags.Namespace;
    if (meaning & 2) flags |= ts.SymbolFlags.Type;
    if (meaning & 1) flags |= ts.SymbolFlags.Value;
    return describe(checker.getSuggestedSymbolForNonexistentSymbol(node, node.text, flags), checker, 'name', {});
  }
  return null;
}

// TS2561 (an object literal's unknown property, "Did you mean to write 'x'?") has no code fix in
// the language service; the compiler's own suggestion, written as a rename of the property name.
function objectPropertyFix(sourceFile, diagnostic, checker) {
  const node = ts.getTokenAtPosition(sourceFile, diagnostic.start);
  const assignment = node.parent;
  if (!ts.isPropertyAssignment(assignment) || assignment.name !== node || !ts.isObjectLiteralExpression(assignment.parent)) return null;
  if (!ts.isIdentifier(node) && !ts.isStringLiteral(node)) return null;
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const suggested = /Did you mean to write '([^']+)'\?/.exec(message);
  if (!suggested) return null;
  const name = suggested[1];
  const contextual = checker.getContextualType(assignment.parent);
  if (!contextual) return null;
  const symbols = (contextual.isUnion() ? contextual.types : [contextual]).map(t => checker.getPropertyOfType(t, name)).filter(Boolean);
  if (symbols.length === 0) return null;
  const packages = [...new Set(symbols.flatMap(s => (s.declarations || []).map(d => packageOf(d.getSourceFile().fileName))))];
  const quote = ts.isStringLiteral(node) ? sourceFile.text[node.getStart(sourceFile)] : '';
  return {
    fixName: 'objectLiteralProperty', fixId: 'objectLiteralProperty', description: `Change spelling to '${name}'`,
    changes: [{start: node.getStart(sourceFile), length: node.getWidth(sourceFile), newText: quote + name + quote}],
    otherFiles: false,
    target: {kind: 'property', name, packages, container: checker.typeToString(contextual)},
  };
}

// Where an import fix imports from: the module specifier of each import declaration it edits or
// writes, and the names it imports.
function importTarget(sourceFile, changes, name) {
  const modules = new Set();
  for (const change of changes) {
    const at = ts.getTokenAtPosition(sourceFile, Math.min(change.span.start, Math.max(0, sourceFile.text.length - 1)));
    const declaration = ts.findAncestor(at, ts.isImportDeclaration);
    if (declaration && change.span.start > declaration.getStart(sourceFile) && change.span.start < declaration.end) {
      modules.add(declaration.moduleSpecifier.text);
      continue;
    }
    const written = ts.createSourceFile('fix.ts', change.newText, ts.ScriptTarget.Latest, true);
    const imports = written.statements.filter(ts.isImportDeclaration);
    if (imports.length === 0 || imports.length !== written.statements.length) return null;
    for (const declaration of imports) modules.add(declaration.moduleSpecifier.text);
  }
  return {kind: 'import', name, modules: [...modules], packages: []};
}

function fixesFor(rel, codes) {
  const abs = path.join(projectRoot, rel);
  const program = service.getProgram();
  const sourceFile = program.getSourceFile(abs);
  if (!sourceFile) return {fixes: [], missing: [], errors: 0};
  const checker = program.getTypeChecker();
  const syntax = program.getSyntacticDiagnostics(sourceFile).length;
  const semantic = service.getSemanticDiagnostics(abs);
  const wanted = new Set(codes);
  const out = [];
  for (const diagnostic of semantic) {
    if (!wanted.has(diagnostic.code) || diagnostic.start === undefined) continue;
    const base = {code: diagnostic.code, start: diagnostic.start, length: diagnostic.length,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')};
    if (diagnostic.code === 2561) {
      const fix = objectPropertyFix(sourceFile, diagnostic, checker);
      if (fix) out.push({...base, ...fix});
      continue;
    }
    if (diagnostic.code === 2304 || diagnostic.code === 2552) {
      const token = ts.getTokenAtPosition(sourceFile, diagnostic.start);
      if (ts.isIdentifier(token)) out.push({...base, name: token.text});
    }
    let actions;
    try {
      actions = service.getCodeFixesAtPosition(abs, diagnostic.start, diagnostic.start + diagnostic.length,
        [diagnostic.code], formatSettings, preferences);
    } catch (e) {
      continue;
    }
    for (const action of actions) {
      const mine = action.changes.filter(c => c.fileName === abs);
      const changes = mine.flatMap(c => c.textChanges);
      let target = null;
      if (action.fixName === 'spelling') target = spellingTarget(sourceFile, diagnostic.start, diagnostic.code, checker, program);
      else if (action.fixName === 'import') {
        const token = ts.getTokenAtPosition(sourceFile, diagnostic.start);
        target = importTarget(sourceFile, changes, ts.isIdentifier(token) ? token.text : null);
      }
      out.push({...base, fixName: action.fixName, fixId: action.fixId || null, description: action.description,
        changes: changes.map(c => ({start: c.span.start, length: c.span.length, newText: c.newText})),
        otherFiles: mine.length !== action.changes.length || !!action.commands, target});
    }
  }
  const missing = [...new Set(out.filter(f => f.code === 2304 || f.code === 2552).map(f => f.name))].filter(name =>
    name && !out.some(f => f.fixName === 'import' && f.target && f.target.name === name));
  return {fixes: out.filter(f => f.fixName), missing, errors: syntax + semantic.length};
}

readline.createInterface({input: process.stdin}).on('line', line => {
  let reply;
  try {
    const request = JSON.parse(line);
    update(request.files, request.hints);
    reply = fixesFor(request.file, request.codes || []);
  } catch (e) {
    reply = {error: String(e && e.stack || e)};
  }
  process.stdout.write(JSON.stringify(reply) + '\n');
});
