"""The verification ladder: does a project compile, does it synthesize, what does checkov say.

:func:`verify` climbs up to the level asked for. TypeScript is compiled with tsc against the
pinned typings and synthesized under node (:mod:`.synth`); Python is type-checked with
basedpyright against the pinned packages (:mod:`.pycheck`) and synthesized with python
(:mod:`.pysynth`). A project is Python when it has Python files and no TypeScript. Every level runs on its own terms: a
project with type errors is still synthesized (tsc emits JavaScript regardless, and many type
errors do not stop a synth), but only a synthesized project is scanned.
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import typings as typings_module
from ..typings import Checker
from . import pycheck, pysynth
from . import scan as scan_module
from . import synth as synth_module
from .scan import ScanResult
from .synth import SynthResult

LEVELS = ("compile", "synth", "scan")
TYPESCRIPT, PYTHON = "typescript", "python"


def language(files: Mapping[str, bytes]) -> str:
    """The language the ladder verifies a project in: Python without TypeScript, else TypeScript."""
    if not synth_module.typescript_sources(dict(files)) and pycheck.python_sources(files):
        return PYTHON
    return TYPESCRIPT


@dataclass
class LadderResult:
    """How far one project got. ``compile`` is the compiler's record (``Verdict.record()``)."""

    level: str
    files: list[str] = field(default_factory=list)  # the TypeScript files checked and emitted
    compile: dict | None = None
    synth: SynthResult | None = None
    scan: ScanResult | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # level -> seconds
    language: str = TYPESCRIPT

    @property
    def compiles(self) -> bool | None:
        return None if self.compile is None else bool(self.compile["clean"])

    @property
    def compile_errors(self) -> int | None:
        return None if self.compile is None else self.compile["errors"]

    @property
    def synthesizes(self) -> bool | None:
        return None if self.synth is None else self.synth.ok

    @property
    def failed_checks(self) -> int | None:
        return None if self.scan is None or self.scan.error else self.scan.failed

    def first_error(self) -> tuple[str, str] | None:
        """(the level that failed first, its first error line); None when every level run passed."""
        if self.compile is not None and not self.compile["clean"]:
            messages = self.compile["messages"]
            return "compile", self.compile["failure"] or (messages[0] if messages else "type errors")
        if self.synth is not None and not self.synth.ok:
            return "synth", f"[{self.synth.kind}] {self.synth.error}"
        if self.scan is not None and self.scan.error:
            return "scan", self.scan.error
        return None

    def record(self) -> dict:
        return {"level": self.level, "files": self.files, "compile": self.compile,
                "synth": self.synth.record() if self.synth else None,
                "scan": self.scan.record() if self.scan else None, "seconds": self.seconds,
                "language": self.language}

    @classmethod
    def from_record(cls, data: dict) -> LadderResult:
        synth = data.get("synth")
        scan = data.get("scan")
        return cls(data["level"], list(data.get("files", [])), data.get("compile"),
                   SynthResult(**synth) if synth else None, ScanResult(**scan) if scan else None,
                   dict(data.get("seconds", {})), data.get("language", TYPESCRIPT))


def verify(project_dir: Path | str, level: str = "synth", *, typings: Path | None = None,
           checker: Checker | None = None, timeout: float = synth_module.DEFAULT_TIMEOUT) -> LadderResult:
    """Run the ladder on the project in ``project_dir`` up to ``level`` ("compile", "synth" or "scan").

    ``typings`` is the typings install (default: ``typings.ensure()``, which raises ``TypingsError``
    when it is not installed); a Python project needs the environment of ``codemod verify install``
    instead (:class:`~codemods.verify.pycheck.CheckerUnavailable` without it). Pass a ``checker`` to
    reuse one node type-checking process across projects (starting one costs seconds); otherwise one is started and closed here. ``level="scan"``
    raises :class:`~codemods.verify.scan.ScanUnavailable` up front when checkov is not installed.
    """
    return verify_files(synth_module.project_files(Path(project_dir)), level, typings=typings, checker=checker,
                        timeout=timeout)


def verify_files(files: Mapping[str, bytes], level: str = "synth", *, typings: Path | None = None,
                 checker: Checker | None = None, timeout: float = synth_module.DEFAULT_TIMEOUT) -> LadderResult:
    """:func:`verify` for a project given as ``{relative posix path: bytes}`` (what the batch worker holds)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if level == "scan":
        scan_module.checkov_command()
    files = dict(files)
    if language(files) == PYTHON:
        return _verify_python(files, level, timeout)
    folder = typings_module.ensure(typings)
    sources = synth_module.typescript_sources(files)
    result = LadderResult(level, sources)

    started = time.perf_counter()
    own = checker is None
    checker = checker or Checker(folder)
    try:
        result.compile = checker.check({p: files[p] for p in sources}).record()
    finally:
        if own:
            checker.close()
    result.seconds["compile"] = round(time.perf_counter() - started, 3)
    if level == "compile":
        return result

    _synth_and_scan(result, level, lambda run: synth_module.synth(files, folder, timeout=timeout, keep=run), timeout)
    return result


def _verify_python(files: dict[str, bytes], level: str, timeout: float) -> LadderResult:
    result = LadderResult(level, pycheck.python_sources(files), language=PYTHON)
    started = time.perf_counter()
    result.compile = pycheck.check(files)
    result.seconds["compile"] = round(time.perf_counter() - started, 3)
    if level != "compile":
        _synth_and_scan(result, level, lambda run: pysynth.synth(files, timeout=timeout, keep=run), timeout)
    return result


def _synth_and_scan(result: LadderResult, level: str, synthesize, timeout: float) -> None:
    """Synthesize in a temporary run folder and, at ``scan``, scan what was synthesized there."""
    with tempfile.TemporaryDirectory(prefix="cdktf-ladder-") as run:
        result.synth = synthesize(Path(run) / "run")
        result.seconds["synth"] = result.synth.seconds
        if level == "scan" and result.synth.ok:
            result.scan = scan_module.scan(result.synth.stack_files())
            result.scan.by_file = {_relative(path, result.synth.folder): ids for path, ids in result.scan.by_file.items()}
            result.seconds["scan"] = result.scan.seconds
        result.synth.folder = None


def _relative(path: str, folder: str | None) -> str:
    try:
        return Path(path).resolve().relative_to(Path(folder).resolve()).as_posix()
    except (ValueError, TypeError):
        return path
