"""Synthesize a CDKTF Python project: run its app with the pinned packages, collect the stacks.

The project is copied into a run folder and run with the interpreter of the Python environment
``codemod verify install`` makes (``cdktf``, ``constructs`` and ``cdktf-cdktf-provider-aws``
pinned; jsii runs their JavaScript under node, offline). The entry is the file that makes an
``App`` (and calls ``.synth()``), conventional names first; without one, a generated driver
instantiates every ``TerraformStack`` subclass found (with ``ast``) with placeholder arguments
for the parameters after ``(scope, id)`` that have no default, then calls ``app.synth()`` (without
a stack class, each ``Construct`` subclass the project does not build itself, in a stack of its
own).

The program runs inside a small runner that records an uncaught exception as JSON, so the first
error line is the exception's own and not the last line of a traceback. Failures are classified
as :func:`codemods.verify.synth.classify` does for TypeScript (``exception``, ``token``,
``duplicate-id``, ``missing-module``, ``missing-file``, ``timeout``, ``no-entry``, ``no-stacks``).
"""
from __future__ import annotations

import ast
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from . import pycheck
from .synth import (
    DEFAULT_TIMEOUT,
    FAILED,
    NO_ENTRY,
    NO_STACKS,
    OK,
    PLACEHOLDER,
    TIMEOUT,
    SynthResult,
    _children_cpu,
    _first_line,
    _stack_outputs,
    classify,
    crash_result,
)

RUNNER = "__cdktf_codemods_runner__.py"
DRIVER = "__cdktf_codemods_driver__.py"
ERROR_FILE = "__cdktf_codemods_error__.json"
_NEW_APP = re.compile(rb"\bApp\s*\(")
_SYNTH_CALL = re.compile(rb"\.synth\s*\(")
_ENTRY_NAMES = ("main", "app", "tap", "__main__")
_STACK_CLASS = re.compile(rb"^class\s+(\w+)\s*\(\s*(?:\w+\.)*TerraformStack\s*[,)]", re.MULTILINE)

# argv: the script to run, the error file. Runs the script as __main__ with the run folder on sys.path.
RUNNER_PY = r"""
import json, runpy, sys, traceback
script, error_file = sys.argv[1], sys.argv[2]
sys.argv = [script]
sys.path.insert(0, '.')
try:
    runpy.run_path(script, run_name='__main__')
except SystemExit as exc:
    if exc.code not in (None, 0):
        raise
except BaseException as exc:
    message = str(exc).strip() or repr(exc)
    with open(error_file, 'w') as handle:
        json.dump({'name': type(exc).__name__, 'message': message}, handle)
    traceback.print_exc()
    sys.exit(1)
"""


def find_entry(files: dict[str, bytes]) -> str | None:
    """The file that makes an ``App``: one calling ``.synth(`` first, conventional names first."""
    candidates = [p for p in pycheck.python_sources(files) if _NEW_APP.search(files[p])
                  and re.search(rb"^\s*(?:from|import)\s+cdktf\b", files[p], re.MULTILINE)]
    if not candidates:
        return None

    def rank(path: str) -> tuple:
        return (not _SYNTH_CALL.search(files[path]), PurePosixPath(path).stem not in _ENTRY_NAMES,
                path.count("/"), path)

    return min(candidates, key=rank)


@dataclass
class StackClass:
    file: str
    name: str
    arguments: dict = field(default_factory=dict)  # keyword -> placeholder (a Python expression)
    construct: bool = False  # a Construct, not a stack: the driver builds it in a stack of its own


def find_stacks(files: dict[str, bytes]) -> list[StackClass]:
    """Top-level classes deriving from ``TerraformStack`` (directly or through a project class)."""
    found: dict[str, tuple[str, ast.ClassDef]] = {}
    for path in pycheck.python_sources(files):
        try:
            tree = ast.parse(files[path])
        except (SyntaxError, ValueError):
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, (path, node))

    def derives(name: str, root: str, seen: frozenset = frozenset()) -> bool:
        if name == root:
            return True
        if name not in found or name in seen:
            return False
        return any(derives(_base_name(b), root, seen | {name}) for b in found[name][1].bases)

    def is_stack(name: str) -> bool:
        return derives(name, "TerraformStack")

    stacks = [StackClass(path, name, _arguments(node)) for name, (path, node) in found.items()
              if not name.startswith("_") and any(is_stack(_base_name(b)) for b in node.bases)]
    # A file with a syntax error has no tree: its stack classes are taken from the text, without arguments.
    known = {s.name for s in stacks}
    for path in pycheck.python_sources(files):
        for match in _STACK_CLASS.finditer(files[path]):
            name = match.group(1).decode()
            if name not in known and name not in found:
                stacks.append(StackClass(path, name))
                known.add(name)
    text = b"\n".join(files[p] for p in pycheck.python_sources(files))

    def built(name: str) -> bool:
        return bool(re.search(rb"(?<!class )\b" + re.escape(name.encode()) + rb"\s*\(", text))

    if stacks:  # the stacks another stack builds (nested stacks) are built there, not by the driver
        return [s for s in stacks if not built(s.name)] or stacks
    # No stack class: the constructs the project does not build itself, each in a stack of its own.
    for name, (path, node) in found.items():
        bases = [_base_name(b) for b in node.bases]
        if not name.startswith("_") and not built(name) and any(derives(b, "Construct") for b in bases) \
                and not any(is_stack(b) for b in bases):
            stacks.append(StackClass(path, name, _arguments(node), construct=True))
    return stacks


def _base_name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def _arguments(node: ast.ClassDef) -> dict:
    init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
    if init is None:
        return {}
    arguments = {}
    positional = init.args.posonlyargs + init.args.args
    defaults = [None] * (len(positional) - len(init.args.defaults)) + list(init.args.defaults)
    for parameter, default in list(zip(positional, defaults))[3:]:  # after self, scope, id
        if default is None:
            arguments[parameter.arg] = placeholder(parameter.annotation, parameter.arg)
    for parameter, default in zip(init.args.kwonlyargs, init.args.kw_defaults):
        if default is None:
            arguments[parameter.arg] = placeholder(parameter.annotation, parameter.arg)
    return arguments


def placeholder(annotation: ast.expr | None, name: str) -> str:
    """A Python expression for a value of the annotated type: strings a placeholder, numbers 1,
    booleans False, lists [], dicts {}, anything else an object whose every attribute is a string."""
    text = ast.unparse(annotation) if annotation is not None else ""
    base = re.split(r"[\[|]", text.replace("typing.", "").replace("Optional[", ""))[0].strip()
    if base in ("str",):
        return repr(f"{PLACEHOLDER}-{name.lower()}")
    if base in ("int", "float"):
        return "1"
    if base == "bool":
        return "False"
    if base in ("list", "List", "Sequence", "tuple", "Tuple"):
        return "[]"
    if base in ("dict", "Dict", "Mapping"):
        return "{}"
    return f"_Anything({name!r})"


def driver_source(stacks: list[StackClass], aws: bool = False) -> str:
    """The driver: each stack class built once; a construct in a stack of its own, with an AWS
    provider when ``aws`` (the project uses the AWS provider: its resources need one in their stack)."""
    lines = ["import importlib", "from cdktf import App, TerraformStack", "",
             "class _Anything(dict):",
             "    # a props object of a type the driver cannot build: every attribute and key is a string",
             "    def __init__(self, name):",
             "        super().__init__()",
             "        self._name = name",
             "    def __getattr__(self, key):",
             "        if key.startswith('__'):",
             "            raise AttributeError(key)",
             f"        return {PLACEHOLDER!r} + '-' + key.lower()",
             "    def __missing__(self, key):",
             "        return self.__getattr__(str(key))",
             "    def get(self, key, default=None):",
             "        return self.__getattr__(str(key))",
             "", "app = App()"]
    for index, stack in enumerate(stacks):
        module = ".".join(PurePosixPath(stack.file).with_suffix("").parts)
        arguments = "".join(f", {k}={v}" for k, v in stack.arguments.items())
        scope = "app"
        if stack.construct:
            scope = f"stack{index}"
            lines.append(f"{scope} = TerraformStack(app, {stack.name + 'Stack'!r})")
            if aws:
                lines.append("from cdktf_cdktf_provider_aws.provider import AwsProvider")
                lines.append(f"AwsProvider({scope}, 'codemods-driver-AwsProvider', region='us-east-1')")
        lines.append(f"getattr(importlib.import_module({module!r}), {stack.name!r})({scope}, {stack.name!r}{arguments})")
    lines.append("app.synth()")
    return "\n".join(lines) + "\n"


def synth(files: dict[str, bytes], timeout: float = DEFAULT_TIMEOUT, keep: Path | None = None) -> SynthResult:
    """:func:`codemods.verify.synth.synth` for Python; :class:`pycheck.CheckerUnavailable` without
    the environment. Never raises for a broken project."""
    env = pycheck.environment()
    started, cpu = time.perf_counter(), _children_cpu()
    if keep is not None:
        shutil.rmtree(keep, ignore_errors=True)
        keep.mkdir(parents=True)
        result = _synth_in(dict(files), env.python, timeout, keep)
        result.folder = str(keep)
    else:
        with tempfile.TemporaryDirectory(prefix="cdktf-pysynth-") as run:
            result = _synth_in(dict(files), env.python, timeout, Path(run))
    result.seconds = round(time.perf_counter() - started, 3)
    result.cpu_seconds = round(_children_cpu() - cpu, 3)
    return result


def run_limited(command: list[str], cwd: Path, env: dict, timeout: float) -> subprocess.CompletedProcess | None:
    """Run ``command`` in a session of its own; None when the time limit was reached, after killing
    the whole process group (jsii's node process with the interpreter)."""
    with subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          errors="replace", start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.communicate()
            return None
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _synth_in(files: dict[str, bytes], python: Path, timeout: float, run: Path) -> SynthResult:
    for path, data in files.items():
        target = run / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    entry = find_entry(files)
    stacks = [] if entry else find_stacks(files)
    if entry is None and not stacks:
        return SynthResult(FAILED, NO_ENTRY, "no file makes an App and no TerraformStack subclass")
    if entry is None:
        aws = any(b"cdktf_cdktf_provider_aws" in files[p] for p in pycheck.python_sources(files))
        (run / DRIVER).write_text(driver_source(stacks, aws))
        script, label = DRIVER, "driver"
    else:
        script, label = entry, entry
    (run / RUNNER).write_text(RUNNER_PY)
    error_file = run / ERROR_FILE
    env = {**os.environ, "CDKTF_OUTDIR": str(run / "cdktf.out"), "PYTHONPATH": str(run), "CHECKPOINT_DISABLE": "1",
           "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CDKTF_CONTEXT_JSON", None)
    done = run_limited([str(python), RUNNER, script, str(error_file)], run, env, timeout)
    if done is None:
        return SynthResult(FAILED, TIMEOUT, f"no result after {timeout:g} s", entry=label)
    written = _stack_outputs(run)
    crashed = crash_result(error_file, label, done.stderr)
    if crashed is not None:
        return crashed
    if done.returncode != 0:
        line = _first_line(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "")
        line = line or f"python exited with {done.returncode}"
        return SynthResult(FAILED, classify(line), line, entry=label, stderr=done.stderr)
    if not written:
        return SynthResult(FAILED, NO_STACKS, "the program ran but wrote no stacks/*/cdk.tf.json", entry=label,
                           stderr=done.stderr)
    return SynthResult(OK, stacks=written, entry=label, stderr=done.stderr)
