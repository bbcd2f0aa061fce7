"""Synthesize a CDKTF TypeScript project: emit JavaScript, run it under node, collect the stacks.

:func:`synth` copies a project into a temporary folder, emits JavaScript for every TypeScript
file with the typings' own compiler (``noEmitOnError: false``: type errors do not stop the
emit; each file is transpiled on its own, which needs no type information and takes
milliseconds), links ``node_modules`` to the typings install so ``require('cdktf')`` and the
providers resolve, and runs the project's entry (the file that calls ``app.synth()`` or
``new App(``) under node with a time limit. A project without an entry gets a generated
driver that instantiates every exported ``TerraformStack`` subclass (found with tree-sitter;
without one, the unexported ones, which the driver exports) that no other file builds, with
props built from its props interface (nested interfaces, and the strings a response checks by
name: CIDRs, account ids, regions, zones), then calls ``app.synth()``; a project without a stack
class gets each exported ``Construct`` subclass that it does not instantiate itself built in a
stack of its own, with the providers it imports.

An uncaught exception is recorded by a small preloaded hook (``node -r``) as JSON, so the
first error line does not depend on how node formats a crash. Failures are classified:

``exception``       anything thrown that is none of the below
``token``           token resolution errors (unresolved tokens, ``${TfToken[...]}`` in a name)
``duplicate-id``    ``There is already a Construct with name ...``
``missing-module``  ``Cannot find module`` (Python: ``No module named``): a file the response
                    does not contain, a package the typings install does not have
``missing-file``    ``ENOENT`` (Python: ``No such file or directory``): a file the program reads
                    (Lambda code, an asset) is not in the response
``validation``      CDKTF's checks before writing a stack failed (most often: resources without
                    the provider construct of their provider)
``timeout``         the time limit was reached (the process is killed)
``no-entry``        neither an entry nor an exported stack (or construct) class
``emit``            no JavaScript could be emitted (no TypeScript, the compiler failed)
``no-stacks``       the program ran to the end but wrote no ``stacks/*/cdk.tf.json``
"""
from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser

OK, FAILED = "ok", "failed"
EXCEPTION, TOKEN, DUPLICATE_ID, MISSING_MODULE = "exception", "token", "duplicate-id", "missing-module"
MISSING_FILE = "missing-file"
TIMEOUT, NO_ENTRY, EMIT, NO_STACKS = "timeout", "no-entry", "emit", "no-stacks"
VALIDATION = "validation"
CLASSES = (EXCEPTION, TOKEN, DUPLICATE_ID, MISSING_MODULE, MISSING_FILE, VALIDATION, TIMEOUT, NO_ENTRY, EMIT,
           NO_STACKS)
DEFAULT_TIMEOUT = 120.0
DRIVER = "__cdktf_codemods_driver__.js"
HOOK = "__cdktf_codemods_hook__.js"
ERROR_FILE = "__cdktf_codemods_error__.json"
PLACEHOLDER = "placeholder"

TS_SUFFIXES = (".ts", ".tsx", ".mts", ".cts")
SKIPPED_DIRS = {"node_modules", "cdktf.out", ".git", ".gen"}
_TEST_NAME = re.compile(r"\.(test|spec)\.[cm]?tsx?$")
_TEST_DIRS = {"test", "tests", "__tests__"}
_SYNTH_CALL = re.compile(rb"\.synth\s*\(")
_NEW_APP = re.compile(rb"\bnew\s+(?:\w+\.)?App\s*\(")
_TOKEN = re.compile(r"token|unresolved|\$\{TfToken", re.IGNORECASE)
_DUPLICATE = re.compile(r"There is already a Construct with name")
_VALIDATION = re.compile(r"Validation failed with the following errors")
_MISSING = re.compile(r"Cannot find module|No module named")  # node, Python
_NO_FILE = re.compile(r"\bENOENT\b|No such file or directory")
PROVIDER_CLASSES = {"@cdktf/provider-aws": "AwsProvider", "@cdktf/provider-random": "RandomProvider",
                    "@cdktf/provider-archive": "ArchiveProvider", "@cdktf/provider-tls": "TlsProvider"}
PROVIDER_CONFIG = {"@cdktf/provider-aws": {"region": "us-east-1"}}
_NEW_CLASS = re.compile(rb"\bnew\s+(?:\w+\.)?(\w+)\s*[<(]")
_STACK_CLASS = re.compile(rb"^export\s+class\s+(\w+)\s+extends\s+(?:\w+\.)?TerraformStack\b", re.MULTILINE)
# Packages the CDKTF project template imports for their side effects only; stubbed at run time.
SHIMMED = ("source-map-support/register",)
SHIMS = "__cdktf_codemods_shims__"
_ENTRY_NAMES = ("main", "app", "index", "tap", "bin")


@dataclass
class SynthResult:
    """What synthesizing one project gave: the stacks written, or why not."""

    status: str  # OK or FAILED
    kind: str | None = None  # one of CLASSES when failed
    error: str | None = None  # the first error line
    stacks: list[str] = field(default_factory=list)  # the cdk.tf.json files, relative to the run folder
    entry: str | None = None  # the project's entry file, or "driver"
    seconds: float = 0.0  # wall time
    cpu_seconds: float = 0.0  # CPU time of the compiler and node processes (user + system)
    stderr: str = ""  # the end of node's stderr, for reading
    folder: str | None = None  # where the output is, when kept

    @property
    def ok(self) -> bool:
        return self.status == OK

    def stack_files(self) -> list[Path]:
        """The ``cdk.tf.json`` files (only while the output folder exists)."""
        return [Path(self.folder) / s for s in self.stacks] if self.folder else []

    def record(self) -> dict:
        data = asdict(self)
        data.pop("folder")
        data["stderr"] = self.stderr[-2000:]
        return data


# --- the project ---------------------------------------------------------------------------------------------------

def project_files(folder: Path) -> dict[str, bytes]:
    """Every file of a project folder as ``{relative posix path: bytes}``, without build output."""
    files = {}
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            path = Path(root) / name
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def is_test(path: str) -> bool:
    return bool(_TEST_NAME.search(path)) or bool(_TEST_DIRS & set(PurePosixPath(path).parts[:-1]))


def typescript_sources(files: dict[str, bytes]) -> list[str]:
    """The program's TypeScript files: not declarations, not tests."""
    return [p for p in files if p.endswith(TS_SUFFIXES) and not p.endswith(".d.ts") and not is_test(p)]


def find_entry(files: dict[str, bytes]) -> str | None:
    """The file that runs the app: it calls ``.synth(`` (or makes an ``App``); conventional names first."""
    candidates = [p for p in typescript_sources(files) if _NEW_APP.search(files[p])]
    if not candidates:
        return None

    def rank(path: str) -> tuple:
        stem = PurePosixPath(path).stem
        return (not _SYNTH_CALL.search(files[path]), stem not in _ENTRY_NAMES and not path.startswith("bin/"),
                path.count("/"), path)

    return min(candidates, key=rank)


# --- stack classes and their props, statically ---------------------------------------------------------------------

_PARSERS: dict[str, Parser] = {}


def _parse(path: str, code: bytes) -> Node:
    kind = "tsx" if path.endswith(".tsx") else "ts"
    if kind not in _PARSERS:
        grammar = tree_sitter_typescript.language_tsx() if kind == "tsx" else tree_sitter_typescript.language_typescript()
        _PARSERS[kind] = Parser(Language(grammar))
    return _PARSERS[kind].parse(code).root_node


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None else ""


@dataclass
class Prop:
    name: str
    type: str  # the annotation as written
    optional: bool
    fields: list[Prop] | None = None  # the properties of its type, when that is an interface of the project


@dataclass
class StackClass:
    """An exported ``TerraformStack`` subclass and what its constructor takes after ``(scope, id)``."""

    file: str
    name: str
    has_props: bool = False
    props_optional: bool = True
    props: list[Prop] = field(default_factory=list)
    construct: bool = False  # a Construct, not a stack: the driver builds it in a stack of its own
    exported: bool = True  # False: the driver adds the export to the emitted JavaScript


def _declarations(tree: Node):
    """Top-level declarations with whether they are exported."""
    for node in tree.named_children:
        if node.type == "export_statement":
            declaration = node.child_by_field_name("declaration")
            if declaration is not None:
                yield declaration, True
        else:
            yield node, False


def _heritage(node: Node) -> str | None:
    for child in node.named_children:
        if child.type == "class_heritage":
            for clause in child.named_children:
                if clause.type == "extends_clause":
                    value = clause.child_by_field_name("value") or (clause.named_children or [None])[0]
                    return _text(value).split("<")[0].split(".")[-1].strip()
    return None


def _interfaces(trees: dict[str, Node]) -> dict[str, tuple[list[Prop], list[str]]]:
    """Interface and object type alias name -> (its properties, the interfaces it extends)."""
    found = {}
    for tree in trees.values():
        for node, _ in _declarations(tree):
            if node.type == "interface_declaration":
                body = node.child_by_field_name("body")
                bases = [_text(t).split("<")[0] for c in node.named_children if c.type == "extends_type_clause"
                         for t in c.named_children]
                found[_text(node.child_by_field_name("name"))] = (_members(body), bases)
            elif node.type == "type_alias_declaration":
                value = node.child_by_field_name("value")
                if value is not None and value.type == "object_type":
                    found[_text(node.child_by_field_name("name"))] = (_members(value), [])
    return found


def _members(body: Node | None) -> list[Prop]:
    props = []
    for member in body.named_children if body is not None else ():
        if member.type != "property_signature":
            continue
        annotation = member.child_by_field_name("type")
        optional = any(c.type == "?" for c in member.children)
        props.append(Prop(_text(member.child_by_field_name("name")).strip("'\""),
                          _text(annotation).lstrip(":").strip(), optional))
    return props


def find_stacks(files: dict[str, bytes]) -> list[StackClass]:
    """Exported classes that extend ``TerraformStack`` (directly or through a project class) and
    that no file of the project instantiates (the others are built by those).

    Without any, the exported ``Construct`` subclasses that no file of the project instantiates (a
    response that delivers a construct, not a stack), marked ``construct``."""
    trees = {p: _parse(p, files[p]) for p in typescript_sources(files)}
    interfaces = _interfaces(trees)
    classes = {}  # name -> (file, node, base, exported)
    for path, tree in trees.items():
        for node, exported in _declarations(tree):
            if node.type in ("class_declaration", "abstract_class_declaration"):
                classes[_text(node.child_by_field_name("name"))] = (path, node, _heritage(node), exported,
                                                                    node.type == "abstract_class_declaration")

    def derives(name: str, root: str, seen: frozenset = frozenset()) -> bool:
        if name == root:
            return True
        if name not in classes or name in seen:
            return False
        return derives(classes[name][2] or "", root, seen | {name})

    stacks = []
    for name, (path, node, base, exported, abstract) in classes.items():
        if exported and not abstract and base and derives(base, "TerraformStack"):
            stacks.append(_stack_class(path, name, node, interfaces))
    if not stacks:  # a stack class the response forgot to export: the driver exports it from the emitted file
        for name, (path, node, base, exported, abstract) in classes.items():
            if not abstract and base and derives(base, "TerraformStack"):
                stacks.append(replace(_stack_class(path, name, node, interfaces), exported=False))
    # A syntax error can hide a class from the tree (error recovery); such a class is taken without props.
    known = {s.name for s in stacks}
    for path in trees:
        for match in _STACK_CLASS.finditer(files[path]):
            name = match.group(1).decode()
            if name not in known and name not in classes:
                stacks.append(StackClass(path, name))
                known.add(name)
    made = {m.decode() for code in (files[p] for p in trees) for m in _NEW_CLASS.findall(code)}
    if stacks:  # the stacks another stack builds (nested stacks) are built there, not by the driver
        return [s for s in stacks if s.name not in made] or stacks
    for name, (path, node, base, exported, abstract) in classes.items():
        if exported and not abstract and base and name not in made and derives(base, "Construct") \
                and not derives(base, "TerraformStack"):
            stacks.append(replace(_stack_class(path, name, node, interfaces), construct=True))
    return stacks


def _stack_class(path: str, name: str, node: Node, interfaces: dict) -> StackClass:
    stack = StackClass(path, name)
    body = node.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type == "method_definition" and _text(member.child_by_field_name("name")) == "constructor":
            parameters = [p for p in member.child_by_field_name("parameters").named_children
                          if p.type in ("required_parameter", "optional_parameter")]
            if len(parameters) >= 3:
                third = parameters[2]
                annotation = third.child_by_field_name("type")
                stack.has_props = True
                stack.props_optional = third.type == "optional_parameter" or third.child_by_field_name("value") is not None
                stack.props = _expand(_resolve(_text(annotation).lstrip(":").strip(), interfaces), interfaces)
    return stack


def _resolve(type_name: str, interfaces: dict, seen: frozenset = frozenset()) -> list[Prop]:
    type_name = type_name.split("<")[0].strip()
    if type_name not in interfaces or type_name in seen:
        return []
    own, bases = interfaces[type_name]
    inherited = [p for base in bases for p in _resolve(base, interfaces, seen | {type_name})]
    names = {p.name for p in own}
    return [p for p in inherited if p.name not in names] + own


def _expand(props: list[Prop], interfaces: dict, depth: int = 3) -> list[Prop]:
    """``props`` with the fields of each property whose type is an interface of the project, nested."""
    for prop in props:
        options = [o.strip().split("<")[0].strip() for o in prop.type.split("|")]
        name = next((o for o in options if o not in ("undefined", "null")), "")
        if depth and name in interfaces:
            prop.fields = _expand(_resolve(name, interfaces), interfaces, depth - 1)
    return props


# Strings that a response's own checks parse (a CIDR, an account id), by the property's name.
_NAMED_STRINGS = ((re.compile(r"cidr", re.IGNORECASE), "10.0.0.0/16"),
                  (re.compile(r"account_?id$", re.IGNORECASE), "123456789012"),
                  (re.compile(r"region$", re.IGNORECASE), "us-east-1"),
                  (re.compile(r"e?mail", re.IGNORECASE), "placeholder@example.com"))
_NAMED_LISTS = ((re.compile(r"zones$", re.IGNORECASE), ["us-east-1a", "us-east-1b"]),
                (re.compile(r"cidrs$|cidr_?blocks$", re.IGNORECASE), ["10.0.1.0/24", "10.0.2.0/24"]))


def placeholder(type_text: str, name: str = "", fields: list[Prop] | None = None) -> object:
    """A JSON value of a TypeScript type: strings a placeholder (a CIDR, an account id, a region or an
    address when the name says so), numbers 1, booleans false, arrays [] (zones and CIDR lists two
    values), objects of a project interface their required fields, other objects {}."""
    t = type_text.strip()
    if t.endswith("[]") or t.startswith(("Array<", "ReadonlyArray<")):
        return next((list(v) for pattern, v in _NAMED_LISTS if pattern.search(name)), [])
    if "|" in t:
        options = [o.strip() for o in t.split("|") if o.strip() not in ("undefined", "null")]
        literals = [o[1:-1] for o in options if len(o) >= 2 and o[0] == o[-1] and o[0] in "'\""]
        if literals:
            return literals[0]
        return placeholder(options[0], name, fields) if options else None
    if t == "string":
        named = next((v for pattern, v in _NAMED_STRINGS if pattern.search(name)), None)
        return named or (f"{PLACEHOLDER}-{name.lower()}" if name else PLACEHOLDER)
    if t == "number":
        return 1
    if t == "boolean":
        return False
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "'\"":
        return t[1:-1]
    if fields is not None:
        return {p.name: placeholder(p.type, p.name, p.fields) for p in fields if not p.optional}
    return {}


def props_of(stack: StackClass) -> dict | None:
    """The props the driver passes: every required property with a placeholder; None for no argument."""
    if not stack.has_props:
        return None
    return {p.name: placeholder(p.type, p.name, p.fields) for p in stack.props if not p.optional}


def driver_source(stacks: list[StackClass], providers: tuple[str, ...] = ()) -> str:
    """JavaScript that synthesizes each stack class once, in the emitted project's root folder. A
    construct's stack gets a provider of each package in ``providers`` (what the project imports:
    a stack without the provider of its resources fails CDKTF's validation)."""
    lines = ["'use strict';", "const { App, TerraformStack } = require('cdktf');", "const app = new App();"]
    for k, stack in enumerate(stacks):
        module = "./" + str(PurePosixPath(stack.file).with_suffix(""))
        props = props_of(stack)
        scope = "app"
        if stack.construct:
            scope = f"stack{k}"
            lines.append(f"const {scope} = new TerraformStack(app, {json.dumps(stack.name + 'Stack')});")
            for package in providers:
                cls = PROVIDER_CLASSES[package]
                lines.append(f"new (require({json.dumps(package + '/lib/provider')})[{json.dumps(cls)}])"
                             f"({scope}, {json.dumps('codemods-driver-' + cls)}, "
                             f"{json.dumps(PROVIDER_CONFIG.get(package, {}))});")
        args = f"{scope}, {json.dumps(stack.name)}" + ("" if props is None else f", {json.dumps(props)}")
        lines.append(f"new (require({json.dumps(module)})[{json.dumps(stack.name)}])({args});")
    lines.append("app.synth();")
    return "\n".join(lines) + "\n"


def imported_providers(files: dict[str, bytes]) -> tuple[str, ...]:
    """The provider packages of :data:`PROVIDER_CLASSES` that the project's TypeScript imports."""
    code = b"\n".join(files[p] for p in typescript_sources(files))
    return tuple(p for p in PROVIDER_CLASSES if re.search(rb"""['"]""" + re.escape(p.encode()) + rb"""['"/]""", code))


# --- emit and run --------------------------------------------------------------------------------------------------

# argv: typings folder, project folder, then the files to emit. Prints {"emitted": n, "diagnostics": [...]}
EMIT_JS = r"""
const path = require('path'), fs = require('fs');
const [root, folder, ...files] = process.argv.slice(1);
const ts = require(path.join(root, 'node_modules', 'typescript'));
const host = {...ts.sys, onUnRecoverableConfigFileDiagnostic: d => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); }};
const options = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.base.json'), {}, host).options;
Object.assign(options, {noEmit: false, noEmitOnError: false, sourceMap: false, declaration: false});
let emitted = 0; const diagnostics = [];
for (const file of files) {
  const full = path.join(folder, file);
  const out = ts.transpileModule(fs.readFileSync(full, 'utf8'), {compilerOptions: options, fileName: full, reportDiagnostics: true});
  for (const d of out.diagnostics || []) diagnostics.push(file + ': ' + ts.flattenDiagnosticMessageText(d.messageText, ' '));
  fs.writeFileSync(full.replace(/\.[cm]?tsx?$/, '.js'), out.outputText);
  emitted++;
}
process.stdout.write(JSON.stringify({emitted, diagnostics}));
"""

# Preloaded with node -r: the first uncaught error, as JSON, into $CDKTF_CODEMODS_ERROR.
HOOK_JS = r"""
const fs = require('fs');
function record(kind, e) {
  const message = e && e.message !== undefined ? String(e.message) : String(e);
  const name = e && e.name ? String(e.name) : 'Error';
  try { fs.writeFileSync(process.env.CDKTF_CODEMODS_ERROR, JSON.stringify({kind, name, message, stack: String(e && e.stack || '')})); } catch (_) {}
  process.stderr.write((e && e.stack || String(e)) + '\n');
  process.exit(1);
}
process.on('uncaughtException', e => record('exception', e));
process.on('unhandledRejection', e => record('rejection', e));
"""


def synth(project: Path | dict[str, bytes], typings: Path, timeout: float = DEFAULT_TIMEOUT,
          keep: Path | None = None) -> SynthResult:
    """Synthesize the project in ``project`` (a folder, or ``{relative path: bytes}``).

    The stacks are listed relative to the run folder. That folder is a temporary one, removed
    afterwards, unless ``keep`` names a folder to run in (it is created; its old content is removed),
    in which case ``SynthResult.folder`` is set and ``stack_files()`` gives the ``cdk.tf.json`` paths.
    Never raises for a broken project: every failure is a ``FAILED`` result with its class.
    """
    started, cpu = time.perf_counter(), _children_cpu()
    files = project_files(project) if isinstance(project, Path) else dict(project)
    if keep is not None:
        shutil.rmtree(keep, ignore_errors=True)
        keep.mkdir(parents=True)
        result = _synth_in(files, Path(typings), timeout, keep)
        result.folder = str(keep)
    else:
        with tempfile.TemporaryDirectory(prefix="cdktf-synth-") as run:
            result = _synth_in(files, Path(typings), timeout, Path(run))
    result.seconds = round(time.perf_counter() - started, 3)
    result.cpu_seconds = round(_children_cpu() - cpu, 3)
    return result


def _children_cpu() -> float:
    """CPU seconds of this process's waited-for children (exact for the subprocesses run in between,
    as long as no other thread of this process waits for children at the same time)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _synth_in(files: dict[str, bytes], typings: Path, timeout: float, run: Path) -> SynthResult:
    for path, data in files.items():
        target = run / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (run / "node_modules").symlink_to(typings / "node_modules", target_is_directory=True)
    sources = typescript_sources(files)
    if not sources:
        return SynthResult(FAILED, EMIT, "no TypeScript files")
    entry = find_entry(files)
    stacks = [] if entry else find_stacks(files)
    if entry is None and not stacks:
        return SynthResult(FAILED, NO_ENTRY, "no file calls app.synth() and no exported TerraformStack or Construct subclass")
    node = shutil.which("node")
    if node is None:
        return SynthResult(FAILED, EMIT, "`node` was not found on PATH")
    # A file emitted next to its source is found by require('./x') as x.js: the .ts files are removed
    # after the emit so node never sees them.
    try:
        emit = subprocess.run([node, "-e", EMIT_JS, str(typings), str(run), *sources],
                              capture_output=True, text=True, timeout=max(timeout, 60))
    except subprocess.TimeoutExpired:
        return SynthResult(FAILED, EMIT, "the compiler gave no JavaScript in time")
    if emit.returncode != 0:
        return SynthResult(FAILED, EMIT, _first_line(emit.stderr) or "the compiler failed", stderr=emit.stderr)
    for path in sources:
        (run / path).unlink()
    if entry is not None:
        script, label = str(PurePosixPath(entry).with_suffix(".js")), entry
    else:
        for stack in stacks:
            if not stack.exported:
                with (run / PurePosixPath(stack.file).with_suffix(".js")).open("a") as emitted:
                    emitted.write(f"\nexports[{json.dumps(stack.name)}] = {stack.name};\n")
        (run / DRIVER).write_text(driver_source(stacks, imported_providers(files)))
        script, label = DRIVER, "driver"
    (run / HOOK).write_text(HOOK_JS)
    for module in SHIMMED:
        shim = run / SHIMS / f"{module}.js"
        shim.parent.mkdir(parents=True, exist_ok=True)
        shim.write_text("// stub: run-time helper the typings install does not have\n")
    error_file = run / ERROR_FILE
    env = {**os.environ, "NODE_PATH": os.pathsep.join([str(typings / "node_modules"), str(run / SHIMS)]), "CDKTF_OUTDIR": str(run / "cdktf.out"),
           "CDKTF_CODEMODS_ERROR": str(error_file), "CHECKPOINT_DISABLE": "1"}
    env.pop("CDKTF_CONTEXT_JSON", None)
    try:
        done = subprocess.run([node, "-r", f"./{HOOK}", f"./{script}"], cwd=run, env=env, capture_output=True,
                              text=True, errors="replace", timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return SynthResult(FAILED, TIMEOUT, f"no result after {timeout:g} s", entry=label, stderr=stderr)
    written = _stack_outputs(run)
    crashed = crash_result(error_file, label, done.stderr)
    if crashed is not None:
        return crashed
    if done.returncode != 0:
        line = _first_error_line(done.stderr) or f"node exited with {done.returncode}"
        return SynthResult(FAILED, classify(line), line, entry=label, stderr=done.stderr)
    if not written:
        return SynthResult(FAILED, NO_STACKS, "the program ran but wrote no stacks/*/cdk.tf.json", entry=label,
                           stderr=done.stderr)
    return SynthResult(OK, stacks=written, entry=label, stderr=done.stderr)


def classify(message: str) -> str:
    if message.startswith("SyntaxError"):  # "Unexpected token" is JavaScript syntax, not a CDKTF token
        return EXCEPTION
    if _DUPLICATE.search(message):
        return DUPLICATE_ID
    if _VALIDATION.search(message):
        return VALIDATION
    if _MISSING.search(message):
        return MISSING_MODULE
    if _NO_FILE.search(message):
        return MISSING_FILE
    if _TOKEN.search(message):
        return TOKEN
    return EXCEPTION


def crash_result(error_file: Path, label: str, stderr: str) -> SynthResult | None:
    """The failure the synthesizing program recorded in ``error_file`` (its exception's name and
    message, written by the driver), classified; None when it recorded none."""
    if not error_file.exists():
        return None
    crash = json.loads(error_file.read_text() or "{}")
    message = f"{crash.get('name', 'Error')}: {crash.get('message', '')}".strip()
    return SynthResult(FAILED, classify(message), first_error(message), entry=label, stderr=stderr)


def _stack_outputs(run: Path) -> list[str]:
    found = []
    for root, dirs, names in os.walk(run):
        dirs[:] = sorted(d for d in dirs if d != "node_modules")
        if "cdk.tf.json" in names and Path(root).parent.name == "stacks":
            found.append((Path(root) / "cdk.tf.json").relative_to(run).as_posix())
    return sorted(found)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def first_error(message: str) -> str:
    """The message's first line; when it only announces a list ("...errors:"), with the list's first item."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].endswith(":"):
        return f"{lines[0]} {lines[1]}"
    return lines[0] if lines else ""


_ERROR_LINE = re.compile(r"^\s*(?:[A-Z]\w*(?:Error|Exception)|Error)\b[:\s]")


def _first_error_line(stderr: str) -> str:
    return next((line.strip() for line in stderr.splitlines() if _ERROR_LINE.match(line)), _first_line(stderr))
