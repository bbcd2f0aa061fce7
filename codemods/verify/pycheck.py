"""Type-check CDKTF Python with basedpyright against the pinned ``cdktf-cdktf-provider-aws``.

The project is written to a temporary folder with a ``pyrightconfig.json`` asking for pyright's
standard strictness, and basedpyright (from the Python environment ``codemod verify install``
makes, see :mod:`codemods.verify.tools`, or the ``verify`` extra's) checks it with that environment's interpreter, so the
imports resolve to the pinned ``cdktf``, ``constructs`` and provider packages. The verdict has
the shape of the TypeScript checker's record (``codemods.typings.Verdict.record``): error counts
per rule instead of per TS code.

An import that does not resolve and names no CDKTF module (``boto3`` in Lambda code, a module of
the response that it did not write out) is set apart as a run-time module, as the TypeScript
checker does: it says nothing about the CDKTF code.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import tools

INSTALL_HINT = "the Python checker is not installed: run `codemod verify install`"
PROVIDER_MODULE = "cdktf_cdktf_provider_aws"
DEFAULT_TIMEOUT = 300.0
MAX_MESSAGES = 20
_CDKTF_MODULE = re.compile(r'"(?:cdktf|constructs|imports)')
_IMPORT_NAME = re.compile(r'Import "([\w.]+)" could not be resolved')
_TEST = re.compile(r"(?:^|/)(?:test_[^/]*|[^/]*_test)\.py$")
_TEST_DIRS = {"test", "tests"}


class CheckerUnavailable(Exception):
    """basedpyright and the pinned packages are not installed."""


@dataclass(frozen=True)
class Interpreter:
    """basedpyright and the Python that has the pinned CDKTF packages."""

    basedpyright: Path
    python: Path


def environment() -> Interpreter:
    """The environment ``codemod verify install`` made; else this Python, when the ``verify`` extra
    put basedpyright beside it and the provider package into it. :class:`CheckerUnavailable` otherwise."""
    found = tools.find(tools.PYTHON)
    if found is not None:
        return Interpreter(found.bin("basedpyright"), found.bin("python"))
    beside = Path(sys.executable).with_name("basedpyright")
    if beside.is_file() and importlib.util.find_spec(PROVIDER_MODULE) is not None:
        return Interpreter(beside, Path(sys.executable))
    raise CheckerUnavailable(INSTALL_HINT)


def available() -> bool:
    try:
        environment()
    except CheckerUnavailable:
        return False
    return True


def is_test(path: str) -> bool:
    return bool(_TEST.search(path)) or bool(_TEST_DIRS & set(PurePosixPath(path).parts[:-1]))


def python_sources(files: Mapping[str, bytes]) -> list[str]:
    """The program's Python files: not tests."""
    return [p for p in files if p.endswith(".py") and not is_test(p)]


def check(files: Mapping[str, bytes], timeout: float = DEFAULT_TIMEOUT) -> dict:
    """The verdict on the Python files of ``files`` (``{relative posix path: bytes}``) as one project.

    :class:`CheckerUnavailable` without the environment; a checker that fails or runs out of time
    is a verdict with ``failure`` set."""
    env = environment()
    sources = python_sources(files)
    with tempfile.TemporaryDirectory(prefix="cdktf-pycheck-") as folder:
        root = Path(folder)
        for path in sources:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_bytes(files[path])
        (root / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "standard",
                                                             "include": sources or ["."]}))
        try:
            done = subprocess.run([str(env.basedpyright), "--project", str(root), "--pythonpath",
                                   str(env.python), "--outputjson"],
                                  capture_output=True, text=True, timeout=timeout, cwd=root)
        except subprocess.TimeoutExpired:
            return record([], failure=f"basedpyright gave no result after {timeout:g} s")
        try:
            report = json.loads(done.stdout)
        except ValueError:
            line = (done.stderr or done.stdout).strip().splitlines()
            return record([], failure=f"basedpyright failed: {line[-1] if line else f'exit {done.returncode}'}")
        return record([_diagnostic(d, root) for d in report.get("generalDiagnostics", [])
                       if d.get("severity") == "error"])


def _diagnostic(raw: dict, root: Path) -> dict:
    start = raw.get("range", {}).get("start", {})
    try:
        file = Path(raw.get("file", "")).relative_to(root).as_posix()
    except ValueError:
        file = raw.get("file", "")
    return {"file": file, "line": start.get("line", 0) + 1, "column": start.get("character", 0) + 1,
            "rule": raw.get("rule") or "error", "message": " ".join(raw.get("message", "").split())}


def record(diagnostics: list[dict], failure: str | None = None) -> dict:
    """The verdict as the batch report and the ladder keep it."""
    errors, runtime = [], set()
    for d in diagnostics:
        name = _IMPORT_NAME.search(d["message"])
        if d["rule"] == "reportMissingImports" and not _CDKTF_MODULE.search(d["message"]) and name:
            runtime.add(name.group(1))
        else:
            errors.append(d)
    return {"clean": failure is None and not errors, "errors": len(errors),
            "codes": dict(sorted(Counter(d["rule"] for d in errors).items())),
            "messages": [f"{d['file']}:{d['line']}:{d['column']}: {d['rule']}: {d['message']}"
                         for d in errors[:MAX_MESSAGES]],
            "runtime_modules": sorted(runtime), "failure": failure}
