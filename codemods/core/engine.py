"""One file: parse, collect findings from every transform, apply fixes, re-parse, repeat.

The loop follows Ruff: non-overlapping fixes are applied together, overlapping ones wait for the
next pass, and the file is re-checked until no fix is left or the pass cap is hit ("did not
converge", naming the transforms). A pass whose result parses worse than its input has its fixes
tried one by one; a fix that makes the parse worse is dropped and reported, never written.
Everything is returned as a :class:`FileResult`; nothing here raises for a bad file.
"""
from __future__ import annotations

import contextlib
import enum
import gc
import threading
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from codemods.core import languages
from codemods.core.edits import DEFAULT_PROFILES, Finding, FindingKey, Safety, apply_fixes
from codemods.core.pins import pins_for
from codemods.core.project import on_disk
from codemods.core.source import SourceError, SourceFile
from codemods.core.suppressions import Suppressions
from codemods.core.transform import Context, Transform

MAX_PASSES = 20


class Status(str, enum.Enum):
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class PlacedEdit:
    """One edit of a fix for people: the 1-based start and end (exclusive) line and column it
    replaces, and the text written there (in the file's newline style)."""

    line: int
    column: int
    end_line: int
    end_column: int
    content: str


@dataclass(frozen=True)
class Diagnostic:
    """A finding placed in a file for people: transform, message, 1-based line and column, its fix."""

    transform: str
    message: str
    line: int
    column: int
    fixable: bool
    safety: Safety | None = None
    edits: tuple[PlacedEdit, ...] = ()


@dataclass
class FileResult:
    """The outcome for one file. ``fixed`` equals ``original`` unless the status is ``changed``."""

    path: str
    status: Status
    original: bytes = b""
    fixed: bytes = b""
    applied: list[Diagnostic] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)
    dropped: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reason: str | None = None
    not_converged: list[str] = field(default_factory=list)
    #: Transforms left out because the project pins a provider their fixes do not fit, with why.
    left_out: list[str] = field(default_factory=list)
    #: The unified diff's hunks of original -> fixed, without the file header, when the runner
    #: rendered them (``codemods.review.diff.hunks``); None when nobody did.
    hunks: str | None = None

    @property
    def changed(self) -> bool:
        return self.status is Status.CHANGED


@dataclass
class RunConfig:
    """What to run and how: transforms, per-transform options, safety filter, fix or check only."""

    transforms: Sequence[Transform]
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    safe_only: bool = False
    max_passes: int = MAX_PASSES
    #: The fix profiles to apply (see ``codemods.core.edits.PROFILES``); None: safe and ideal.
    profiles: frozenset[Safety] | None = None
    #: Every transform the run knows, selected or not: suppression comments naming any of them
    #: (or a former id of one) are valid. Empty: the selected ``transforms``.
    registry: Sequence[Transform] = ()

    @property
    def known(self) -> Sequence[Transform]:
        return self.registry or self.transforms

    @property
    def aliases(self) -> dict[str, str]:
        """Former transform ids -> current ids."""
        return {alias: t.id for t in self.known for alias in getattr(t, "aliases", ())}

    @property
    def chosen_profiles(self) -> frozenset[Safety]:
        """The safeties whose fixes are applied: ``profiles``, or safe alone under ``safe_only``."""
        if self.safe_only:
            return frozenset({Safety.SAFE})
        return self.profiles if self.profiles is not None else DEFAULT_PROFILES

    def wants(self, finding: Finding) -> bool:
        return finding.fix is not None and finding.fix.safety in self.chosen_profiles


def fix_file(path: str, raw: bytes, config: RunConfig, project: Any = None, fix: bool = True,
             language: str | None = None) -> FileResult:
    """Run the configured transforms over one file's bytes; with ``fix=False`` only report."""
    with _no_cyclic_gc():
        return _fix_file(path, raw, config, project, fix, language)


_gc_lock = threading.Lock()
_gc_depth = 0  # files running (threads of one process may run several)
_gc_was_enabled = True


@contextlib.contextmanager
def _no_cyclic_gc():
    """Python's cyclic garbage collector off while one file runs, as it was after.

    A file allocates hundreds of thousands of short-lived objects (nodes, query matches, findings),
    and each full collection those allocations trigger walks every live object (the caches of the
    last trees' query results, the catalog: about half a million by the end of the bench corpus).
    That was a third of the engine's CPU there, and all collections together found 372 objects in
    cycles over its 300 files. Reference counting frees everything else as before; the cycles a
    file leaves are collected once the collector runs again after it.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                if gc.get_freeze_count() == 0:
                    gc.freeze()  # what the file leaves alive (caches of its trees) to the oldest
                    gc.unfreeze()  # generation at once, not walked by the young collections
                if _gc_was_enabled:
                    gc.enable()


def _fix_file(path: str, raw: bytes, config: RunConfig, project: Any, fix: bool,
              language: str | None) -> FileResult:
    try:
        source = SourceFile.from_bytes(path, raw, language)
    except SourceError as exc:
        return FileResult(path, Status.SKIPPED, raw, raw, reason=str(exc))
    try:
        return _FileRun(source, config, project).run(fix)
    except Exception as exc:  # an engine bug must not stop a run over many files
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return FileResult(path, Status.FAILED, raw, raw, errors=[f"internal error: {detail}"])


def findings_of(source: SourceFile, tree: Any, config: RunConfig, project: Any = None) -> tuple[list[Finding], list[str]]:
    """One pass over a parsed file: its unsuppressed findings and the errors of transforms that
    crashed. For callers that apply fixes one at a time (interactive review)."""
    run = _FileRun(source, config, project)
    return run._findings(source, tree), run.result.errors


def diagnostic_of(source: SourceFile, finding: Finding) -> Diagnostic:
    """A finding placed by line and column, with its fix's edits."""
    return _FileRun._diagnostic(source, finding)


def _left_out_for_pins(path: str, transforms: Sequence[Transform], project: Any = None) -> dict[str, str]:
    """Transforms whose fixes name a provider major the project on disk does not pin, with why.

    Only a file on disk has a project around it; text given in memory (stdin, batch samples, the
    API) is taken to target the catalog's version.
    """
    bound = [t for t in transforms if getattr(t, "provider_majors", None)]
    if not bound or not on_disk(project, path):
        return {}
    pins = pins_for(path)
    left = {}
    for transform in bound:
        if pins.generated or (pins.major is not None and pins.major not in transform.provider_majors):
            majors = "/".join(str(m) for m in transform.provider_majors)
            left[transform.id] = f"the project uses {pins.describe()}; its fixes are written for provider major {majors}"
    return left


def _may_match(transform: Transform, text: bytes) -> bool:
    """Whether the file holds one of the byte strings the transform needs (see ``requires``)."""
    needles = getattr(transform, "requires", ())  # test doubles need not subclass Transform
    return not needles or any(needle in text for needle in needles)


class _FileRun:
    def __init__(self, source: SourceFile, config: RunConfig, project: Any) -> None:
        self.original = source
        self.config = config
        self.project = project
        self.transforms = [t for t in config.transforms if source.language in t.languages]
        self.left_out = _left_out_for_pins(source.path, self.transforms, project)
        self.transforms = [t for t in self.transforms if t.id not in self.left_out]
        self.result = FileResult(source.path, Status.UNCHANGED, source.to_bytes(), source.to_bytes())
        self.dropped_keys: set[FindingKey] = set()
        self.broken: set[str] = set()

    def run(self, fix: bool) -> FileResult:
        source = self.original
        tree, problems = self._first_parse(source)
        if tree is None:
            self.result.status = Status.SKIPPED
            self.result.reason = "does not parse"
            return self.result
        if not fix:
            findings = self._findings(source, tree)
            findings += self.suppressions.unused((t.id for t in self.transforms), self.config.known)
            self.result.remaining = [self._diagnostic(source, f) for f in findings]
            return self._finish(source)
        for _ in range(self.config.max_passes):
            findings = self._findings(source, tree)
            fixable = [f for f in findings if self.config.wants(f) and f.key not in self.dropped_keys]
            if not fixable:
                self.result.remaining = [self._diagnostic(source, f) for f in findings if f not in fixable]
                return self._finish(source)
            step = self._apply_guarded(source, tree, problems, fixable)
            if step is None:  # every fix of this pass was dropped
                continue
            source, tree, problems, applied = step
            self.result.applied.extend(applied)
        self.result.not_converged = sorted({f.transform for f in fixable})
        self.result.remaining = [self._diagnostic(source, f) for f in findings if f not in fixable]
        return self._finish(source)

    def _first_parse(self, source: SourceFile) -> tuple[Any, int]:
        """The file's tree and problem count. A TypeScript file of the project with these very bytes
        has been (or will be) parsed there for look-ups across files: the same bytes parse to the
        same tree, and trees are never edited in place, so that tree is taken, with whatever was
        derived from it already (the shared query walk, constructions)."""
        project = self.project
        if source.language in ("typescript", "tsx") and source.path in getattr(project, "paths", ()):
            known = project.source(source.path)
            if known is not None and known.language == source.language and known.text == source.text:
                tree = project.tree(source.path)
                if tree is not None:
                    return tree, languages.problems(source.language, tree)
        return languages.try_parse(source.language, source.text)

    def _options(self, transform: Transform) -> dict[str, Any]:
        """The transform's configured options, over those of the transform it follows (``options_of``)."""
        followed = getattr(transform, "options_of", None)  # test doubles need not subclass Transform
        shared = self.config.options.get(followed, {}) if followed else {}
        return {**shared, **self.config.options.get(transform.id, {})}

    def _findings(self, source: SourceFile, tree: Any) -> list[Finding]:
        findings: list[Finding] = []
        for transform in self.transforms:
            if transform.id in self.broken or not _may_match(transform, source.text):
                continue
            ctx = Context(source, tree, transform, self._options(transform), self.project)
            try:
                findings.extend(ctx.keyed(transform.check(ctx)))
            except Exception as exc:
                self.broken.add(transform.id)
                detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
                self.result.errors.append(f"{transform.id} crashed and was skipped: {detail}")
        self.suppressions = Suppressions.of(source, tree, self.config.aliases)
        return self.suppressions.screen(findings)

    def _apply_guarded(self, source: SourceFile, tree: Any, problems: int, fixable: list[Finding]):
        zones = languages.import_zones(source.language, tree, source.text)
        outcome = apply_fixes(source.text, fixable, source.newline, zones)
        tree, new_problems = languages.try_parse(source.language, outcome.text)
        if new_problems > problems:
            good = []
            for finding in outcome.applied:
                alone = apply_fixes(source.text, good + [finding], source.newline, zones)
                alone_tree, alone_problems = languages.try_parse(source.language, alone.text)
                if alone_problems > problems or len(alone.applied) <= len(good):
                    self._drop(source, finding)
                else:
                    good.append(finding)
            if not good:
                return None
            outcome = apply_fixes(source.text, good, source.newline, zones)
            tree, new_problems = languages.try_parse(source.language, outcome.text)
        applied = [self._diagnostic(source, f) for f in outcome.applied]
        return source.with_text(outcome.text), tree, new_problems, applied

    def _drop(self, source: SourceFile, finding: Finding) -> None:
        self.dropped_keys.add(finding.key)
        self.result.dropped.append(self._diagnostic(source, finding))

    @staticmethod
    def _diagnostic(source: SourceFile, finding: Finding) -> Diagnostic:
        line, column = source.line_col(finding.start)
        safety = finding.fix.safety if finding.fix else None
        edits = tuple(
            PlacedEdit(*source.line_col(e.start), *source.line_col(e.end),
                       e.text.replace("\r\n", "\n").replace("\n", source.newline))
            for e in (finding.fix.edits if finding.fix else ())
        )
        return Diagnostic(finding.transform, finding.message, line, column, finding.fix is not None, safety, edits)

    def _finish(self, source: SourceFile) -> FileResult:
        self.result.left_out = [f"{tid}: {why}" for tid, why in self.left_out.items()]
        self.result.fixed = source.to_bytes()
        if self.result.fixed != self.result.original:
            self.result.status = Status.CHANGED
        return self.result
