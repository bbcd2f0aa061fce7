"""The real TypeScript compiler and pinned CDKTF typings, and type-checking code against them.

``install()`` puts typescript, cdktf, constructs, @cdktf/provider-aws (the release the catalog was
built from) and @types/node into a cache folder with npm, atomically: everything is installed in a
temporary sibling folder that is renamed into place only when complete, so a killed install
leaves no half cache. The folder is ``$CODEMOD_TYPINGS_DIR`` when set, else
``$XDG_CACHE_HOME/cdktf-codemods/typings-<hash of the pins>`` (``~/.cache`` by default).

:class:`Checker` type-checks one project at a time the way ``tsc -p`` does (same options, same
diagnostics), in a long-lived node process that keeps the parsed and bound typings in memory
between projects: the provider's thousands of declaration files are read once per process, not
once per sample, which makes a check take about a second instead of fifteen. Project files are
served from memory; nothing is written to disk.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from codemods.catalog import load_catalog
from codemods.catalog.packages import AWS_NPM

ENV_DIR = "CODEMOD_TYPINGS_DIR"
BASE_CONFIG = "tsconfig.base.json"
COMPILER_OPTIONS = {
    "target": "ES2020", "module": "commonjs", "lib": ["es2020"], "strict": True,
    "esModuleInterop": True, "skipLibCheck": True, "noEmit": True, "incremental": False,
    "experimentalDecorators": True, "resolveJsonModule": True,
    "types": ["node"], "typeRoots": ["./node_modules/@types"],
}
MISSING_MODULE_CODES = (2307, 7016)
# A file that imports none of these is run-time code (a Lambda handler), not CDKTF code.
_CDKTF_IMPORT = re.compile(rb"""['"](?:cdktf|constructs|@cdktf/[\w.-]+)(?:/[^'"]*)?['"]""")
_MODULE_NAME = re.compile(r"module '([^']+)'")
MAX_MESSAGES = 20


class TypingsError(Exception):
    """The typings cannot be installed or used (no node/npm, npm failed, not installed yet)."""


def pinned_packages() -> dict[str, str]:
    """npm package -> version; the AWS provider is the release the offline catalog describes, the
    small archive/random/tls providers are there because CDKTF code often zips Lambda code with them."""
    return {
        "typescript": "5.9.3",
        "cdktf": "0.21.0",
        "constructs": "10.4.2",
        AWS_NPM: load_catalog().version,
        "@cdktf/provider-archive": "11.0.1",
        "@cdktf/provider-random": "12.0.1",
        "@cdktf/provider-tls": "11.0.1",
        "@types/node": "20",
    }


def default_dir() -> Path:
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    spec = json.dumps([pinned_packages(), COMPILER_OPTIONS], sort_keys=True).encode()
    return cache / "cdktf-codemods" / f"typings-{hashlib.sha256(spec).hexdigest()[:12]}"


def problems(folder: Path) -> list[str]:
    """What is missing or at another version in ``folder``; empty when it is ready to use."""
    found = []
    for package, version in pinned_packages().items():
        manifest = folder / "node_modules" / package / "package.json"
        try:
            installed = json.loads(manifest.read_text())["version"]
        except (OSError, ValueError, KeyError):
            found.append(f"{package} is not installed")
            continue
        if installed != version and not installed.startswith(version + "."):
            found.append(f"{package} is {installed}, not {version}")
    if not (folder / BASE_CONFIG).is_file():
        found.append(f"{BASE_CONFIG} is missing")
    return found


def ensure(folder: Path | None = None) -> Path:
    """The ready typings folder, or :class:`TypingsError` saying how to install it."""
    folder = folder or default_dir()
    missing = problems(folder)
    if missing:
        raise TypingsError(f"typings in {folder} are not ready ({missing[0]}); run `codemod typings install`")
    _require("node")
    return folder


def install(folder: Path | None = None, log: Callable[[str], None] = lambda _: None) -> Path:
    """Install the pinned compiler and typings into ``folder`` unless they are already there."""
    folder = folder or default_dir()
    if not problems(folder):
        return folder
    npm = _require("npm")
    _require("node")
    if folder.exists() and any(folder.iterdir()):
        raise TypingsError(f"{folder} exists but is not a complete install; remove it and retry")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.partial-"))
    staging.chmod(0o755)
    try:
        _npm_install(npm, staging, log)
        (staging / BASE_CONFIG).write_text(json.dumps({"compilerOptions": COMPILER_OPTIONS}, indent=2) + "\n")
        if folder.exists():
            folder.rmdir()
        os.rename(staging, folder)
    except FileExistsError:
        pass  # another install finished first
    except OSError as exc:
        if problems(folder):
            raise TypingsError(f"cannot move the typings into {folder}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise TypingsError(f"`{tool}` was not found on PATH: compiler verification needs Node.js and npm "
                           "(https://nodejs.org, version 18 or later)")
    return path


def _npm_install(npm: str, staging: Path, log: Callable[[str], None]) -> None:
    (staging / "package.json").write_text(json.dumps({"name": "cdktf-codemods-typings", "private": True}))
    specs = [f"{package}@{version}" for package, version in pinned_packages().items()]
    log(f"npm install {' '.join(specs)}")
    done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", *specs],
                          cwd=staging, capture_output=True, text=True)
    if done.returncode != 0:
        raise TypingsError(f"npm install failed:\n{done.stderr.strip()[-2000:]}")


@dataclass
class Verdict:
    """What the compiler said about one project."""

    diagnostics: list[dict] = field(default_factory=list)
    runtime_modules: list[str] = field(default_factory=list)
    failure: str | None = None

    @property
    def errors(self) -> int:
        return len(self.diagnostics)

    @property
    def clean(self) -> bool:
        return self.failure is None and not self.diagnostics

    def codes(self) -> Counter:
        return Counter(f"TS{d['code']}" for d in self.diagnostics)

    def record(self) -> dict:
        """The verdict as plain data for reports: error count, errors per code, first messages."""
        return {
            "clean": self.clean,
            "errors": self.errors,
            "codes": dict(sorted(self.codes().items())),
            "messages": [_format(d) for d in self.diagnostics[:MAX_MESSAGES]],
            "runtime_modules": self.runtime_modules,
            "failure": self.failure,
        }


def _format(diagnostic: dict) -> str:
    where = f"{diagnostic['file']}:{diagnostic['line']}:{diagnostic['column']}: " if "file" in diagnostic else ""
    return f"{where}TS{diagnostic['code']}: {diagnostic['message']}"


def _runtime_module(diagnostic: dict, files: Mapping[str, bytes]) -> str | None:
    """The package of a "cannot find module" error in run-time code (a file that imports no CDKTF
    module, like a Lambda handler importing the AWS SDK), else None. Such packages are not part of
    the pinned typings; in CDKTF code a missing package is a real error (``aws-cdk-lib``)."""
    name = _MODULE_NAME.search(diagnostic["message"])
    if diagnostic["code"] not in MISSING_MODULE_CODES or name is None or name.group(1).startswith("."):
        return None
    source = files.get(diagnostic.get("file", ""), b"")
    return None if _CDKTF_IMPORT.search(source) else name.group(1)


class Checker:
    """A node process that type-checks projects against the typings in ``folder``, one at a time.

    Thread-safe (requests are serialised); a node process that dies is restarted on the next check.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def check(self, files: Mapping[str, bytes]) -> Verdict:
        """Type-check files given as ``{relative path: content}`` as one project."""
        request = json.dumps({"files": {p: t.decode("utf-8", "replace") for p, t in files.items()}})
        with self._lock:
            try:
                reply = self._ask(request)
            except (OSError, ValueError) as exc:
                self.close()
                return Verdict(failure=f"type checker failed: {exc}")
        if "error" in reply:
            return Verdict(failure=f"type checker failed: {reply['error']}")
        return verdict_of(reply["diagnostics"], files)

    def _ask(self, request: str) -> dict:
        process = self._start()
        process.stdin.write(request + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            raise OSError(0, f"node exited ({process.poll()})")
        return json.loads(line)

    def _start(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                [_require("node"), "--max-old-space-size=4096", "-e", CHECKER_JS, str(self.folder)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True, encoding="utf-8")
        return self._process

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None


def verdict_of(diagnostics: list[dict], files: Mapping[str, bytes]) -> Verdict:
    """The compiler's diagnostics for ``files``, with missing run-time packages set apart."""
    verdict = Verdict()
    for diagnostic in diagnostics:
        module = _runtime_module(diagnostic, files)
        if module:
            verdict.runtime_modules.append(module)
        else:
            verdict.diagnostics.append(diagnostic)
    verdict.runtime_modules = sorted(set(verdict.runtime_modules))
    return verdict


# Reads one JSON request a line ({"files": {path: text}}) and answers one line: the diagnostics tsc
# would print for that project (options, syntax; then global and semantic when the syntax is clean).
CHECKER_JS = r"""
const path = require('path');
const readline = require('readline');
const root = process.argv[1];
const ts = require(path.join(root, 'node_modules', 'typescript'));
const configHost = {...ts.sys, onUnRecoverableConfigFileDiagnostic: d => {
  throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); }};
const options = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.base.json'), {}, configHost).options;
const projectRoot = path.join(root, 'project') + path.sep;
const sourceFiles = new Map(), exists = new Map(), dirs = new Map(), resolutions = new Map();
const remember = (map, key, compute) => { if (!map.has(key)) map.set(key, compute(key)); return map.get(key); };
const inProject = f => f.startsWith(projectRoot);

function check(files) {
  const memory = new Map(Object.entries(files).map(([p, text]) => [path.join(projectRoot, p), text]));
  const memoryDirs = new Set();
  for (const f of memory.keys()) for (let d = path.dirname(f); d.length >= root.length; d = path.dirname(d)) memoryDirs.add(d);
  const host = ts.createCompilerHost(options);
  host.getCurrentDirectory = () => projectRoot;
  host.fileExists = f => inProject(f) ? memory.has(f) : remember(exists, f, ts.sys.fileExists);
  host.readFile = f => inProject(f) ? memory.get(f) : ts.sys.readFile(f);
  host.directoryExists = d => memoryDirs.has(d) || (!inProject(d + path.sep) && remember(dirs, d, ts.sys.directoryExists));
  host.resolveModuleNameLiterals = (literals, containingFile, redirect, compilerOptions, containingSourceFile) =>
    literals.map(literal => {
      const resolve = () => ts.resolveModuleName(literal.text, containingFile, compilerOptions, host, undefined, redirect,
        ts.getModeForUsageLocation(containingSourceFile, literal, compilerOptions));
      return inProject(containingFile) ? resolve() : remember(resolutions, containingFile + '\0' + literal.text, resolve);
    });
  host.getSourceFile = (f, language) => {
    if (inProject(f)) return memory.has(f) ? ts.createSourceFile(f, memory.get(f), language) : undefined;
    return remember(sourceFiles, f, () => {
      const text = ts.sys.readFile(f);
      return text === undefined ? undefined : ts.createSourceFile(f, text, language);
    });
  };
  const program = ts.createProgram([...memory.keys()], options, host);
  let diagnostics = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()];
  if (diagnostics.length === 0) diagnostics = [...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics()];
  return diagnostics.map(d => {
    const out = {code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n')};
    if (d.file) {
      const {line, character} = d.file.getLineAndCharacterOfPosition(d.start);
      Object.assign(out, {file: path.relative(projectRoot, d.file.fileName), line: line + 1, column: character + 1});
    }
    return out;
  });
}

readline.createInterface({input: process.stdin}).on('line', line => {
  let reply;
  try { reply = {diagnostics: check(JSON.parse(line).files)}; } catch (e) { reply = {error: String(e && e.stack || e)}; }
  process.stdout.write(JSON.stringify(reply) + '\n');
});
"""
