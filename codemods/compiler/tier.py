"""The compiler tier over a run's results: after the static transforms, per project.

For each project (the TypeScript files of the run under one package root) the tier hands the
files as the static transforms left them to a :class:`~codemods.compiler.consult.Consultation`,
then runs the compiler units through the engine on each file in turn: the same fixed-point loop,
overlap rule, syntax guard and suppression comments as the static transforms, with the
compiler asked again after every pass until it proposes nothing the units accept or the pass cap
is reached. The result of a file joins the static and the compiler fixes: ``original`` is the
file as read, ``fixed`` the file after both tiers, so one unified diff shows everything.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from codemods.compiler.consult import Consultation
from codemods.compiler.definite_assignment import CompilerDefiniteAssignment
from codemods.compiler.imports import CompilerImport
from codemods.compiler.session import Session
from codemods.compiler.spelling import CompilerSpelling
from codemods.compiler.this_member import CompilerThisMember
from codemods.core.engine import FileResult, RunConfig, Status, fix_file
from codemods.core.source import BOM, language_of

#: The compiler units, in the order the engine runs them.
UNITS = (CompilerSpelling, CompilerImport, CompilerThisMember, CompilerDefiniteAssignment)
#: Passes of the compiler loop per file: each pass asks the compiler again.
MAX_PASSES = 8
TYPESCRIPT = ("typescript", "tsx")
WORSE = "compiler fixes left out: the compiler found more errors in the file with them than without"


def units_config(config: RunConfig, units: Sequence) -> RunConfig:
    """The run's profiles and suppression ids with the compiler units as its transforms."""
    return RunConfig(list(units), {}, config.safe_only, MAX_PASSES, config.profiles,
                     registry=tuple(config.known) + tuple(units))


def improve(results: list[FileResult], roots: Sequence[str | None], config: RunConfig, session: Session,
            fix: bool = True) -> list[FileResult]:
    """``results`` (of one run, in order) with the compiler tier applied per project; ``roots[i]``
    is the package root of ``results[i]`` (None: the file is a project of its own)."""
    projects: dict[object, list[int]] = {}
    for i, result in enumerate(results):
        if language_of(result.path) in TYPESCRIPT and result.status in (Status.CHANGED, Status.UNCHANGED):
            projects.setdefault(roots[i] if roots[i] is not None else ("file", i), []).append(i)
    out = list(results)
    for root, members in projects.items():
        rels = {out[i].path: _relative(out[i].path, root) for i in members}
        files = {rels[out[i].path]: _text(out[i].fixed) for i in members}
        session.begin()
        consultation = Consultation(session, files, rels, tuple(sorted({c for u in UNITS for c in u.codes})))
        units = [unit(consultation) for unit in UNITS]
        run_config = units_config(config, units)
        for i in members:
            static = out[i]
            later = fix_file(static.path, static.fixed, run_config, None, fix)
            if later.changed and _worse(consultation, static, later):
                later = replace(later, status=Status.UNCHANGED, fixed=static.fixed, applied=[],
                                errors=later.errors + [WORSE])
            out[i] = merge(static, later)
            consultation.files[rels[static.path]] = _text(out[i].fixed)
        if session.failure:
            out[members[0]].errors.append(f"compiler: {session.failure}")
    return out


def _worse(consultation: Consultation, static: FileResult, later: FileResult) -> bool:
    """Whether the compiler finds more errors in the file after the compiler fixes than before
    (or cannot say): the fixes of the file are then left out together."""
    before = consultation.errors(static.path, _text(static.fixed))
    after = consultation.errors(static.path, _text(later.fixed))
    return before is None or after is None or after > before


def merge(static: FileResult, later: FileResult) -> FileResult:
    """One result for a file fixed by the static transforms, then by the compiler units."""
    if later.status in (Status.SKIPPED, Status.FAILED):
        return replace(static, errors=static.errors + later.errors)
    fixed = later.fixed
    return replace(
        static,
        status=Status.CHANGED if fixed != static.original else Status.UNCHANGED,
        fixed=fixed,
        applied=static.applied + later.applied,
        remaining=static.remaining + later.remaining,
        dropped=static.dropped + later.dropped,
        errors=static.errors + later.errors,
        not_converged=static.not_converged + later.not_converged,
        left_out=static.left_out + [why for why in later.left_out if why not in static.left_out],
    )


def summary_lines(results: Sequence[FileResult]) -> list[str]:
    """Each compiler fix applied, with the TypeScript error it repairs."""
    ids = {unit.id for unit in UNITS}
    return [f"  {r.path}:{d.line}:{d.column}: [{d.transform}] {d.message}"
            for r in results for d in r.applied if d.transform in ids]


def _relative(path: str, root: object) -> str:
    if isinstance(root, str):
        from pathlib import Path

        try:
            return Path(path).resolve().relative_to(Path(root)).as_posix()
        except ValueError:
            pass
    return PurePosixPath(path).name if PurePosixPath(path).is_absolute() else PurePosixPath(path).as_posix()


def _text(raw: bytes) -> bytes:
    return raw[len(BOM):] if raw.startswith(BOM) else raw
