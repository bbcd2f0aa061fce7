"""One sample in, its fixed outputs and its report record out: what runs in a worker process.

Everything a worker needs travels in :class:`Settings` (plain, picklable data), so the same
function runs in a local process pool and on Dask workers. The transforms, their configuration
and the type checker (:mod:`.verification`) are built once per worker process and reused, and
spared the interpreter's last collection when the process ends (:func:`_settle`). A sample that
breaks anything here is returned as a failed record with its input copied unchanged; it never
raises.
"""
from __future__ import annotations

import atexit
import gc
import json
import multiprocessing.util
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from codemods.api import make_config
from codemods.batch import jsonl, markdown, verification
from codemods.batch.samples import MARKDOWN, RECORD, SOURCE, Sample
from codemods.core import languages
from codemods.core.edits import parse_profiles
from codemods.core.engine import FileResult, RunConfig, Status, fix_file
from codemods.core.project import Project
from codemods.core.source import SourceError, SourceFile
from codemods.review.diff import unified_diff

CHANGED, UNCHANGED, SKIPPED, FAILED = "changed", "unchanged", "skipped", "failed"


@dataclass(frozen=True)
class Settings:
    """What to run: transform choice and options, the JSONL fields, and how far to verify
    (``verify_level`` None: not at all; ``typings``: the TypeScript typings folder, if installed)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    options: str = "{}"  # JSON: {transform id: {option: value}}
    safe_only: bool = False
    field: str = "text"
    id_field: str | None = None
    typings: str | None = None
    profiles: str = "all"  # the fix profiles, as --profile spells them: model output is a test stack
    compiler: str | None = None  # the typings folder of the compiler tier (--compiler), or none
    verify_level: str | None = None  # None, "compile", "synth" or "scan"
    verify_timeout: float = 120.0  # seconds per synthesis of one sample


@dataclass
class Outcome:
    """The report record and what to write: files under ``--out``, or one JSONL line."""

    record: dict
    files: list[tuple[str, bytes]] = field(default_factory=list)
    line: bytes | None = None


def process(sample: Sample, settings: Settings) -> Outcome:
    """Fix one sample: its outputs and report record, with the time it took. Never raises."""
    started = time.perf_counter()
    try:
        outcome = _HANDLERS[sample.kind](sample, settings)
    except Exception as exc:  # a bug here must cost one sample, not the batch
        outcome = failed_outcome(sample, traceback.format_exception_only(type(exc), exc)[-1].strip())
    outcome.record["seconds"] = round(time.perf_counter() - started, 3)
    _settle()
    return outcome


_exit_freeze = False


def _settle() -> None:
    """Once per process: freeze the heap when the process exits, before the interpreter's last
    collection, which would walk everything a worker kept loaded (the transforms, the catalog,
    the caches of its trees) only to find next to no cycles. The command line does the same for
    its own process (``codemods.cli.main``); a pool's workers end without passing through it.
    Measured on the dev responses: 0.35-0.45 s CPU for a worker's exit, 0.03-0.10 s frozen."""
    global _exit_freeze
    if not _exit_freeze:
        _exit_freeze = True
        atexit.register(gc.freeze)


def _markdown(sample: Sample, settings: Settings) -> Outcome:
    fixed, record = fix_markdown(sample.data, settings)
    return Outcome({"id": sample.key, "kind": MARKDOWN, **record}, files=[(sample.key, fixed)])


def _record(sample: Sample, settings: Settings) -> Outcome:
    fallback = f"{sample.key}:{sample.index}"
    where = {"kind": RECORD, "source": sample.key, "line": sample.index}
    try:
        record, text = jsonl.load(sample.data, settings.field)
    except jsonl.RecordError as exc:
        return Outcome({"id": fallback, **where, "status": SKIPPED, "reason": str(exc)}, line=sample.data)
    fixed, report = fix_markdown(text.encode("utf-8", "surrogatepass"), settings)
    line = sample.data
    if report["status"] == CHANGED:
        line = jsonl.dump(record, settings.field, fixed.decode("utf-8", "surrogatepass"), sample.data)
    return Outcome({"id": jsonl.sample_id(record, settings.id_field, fallback), **where, **report}, line=line)


def _source(sample: Sample, settings: Settings) -> Outcome:
    originals = dict(sample.files)
    results = fix_project(originals, settings)
    files = [{"path": path, **_file_outcome(results[path])} for path in originals]
    fixed = {path: result.fixed for path, result in results.items()}
    record = {"id": sample.key, "kind": SOURCE, **_summary(results, files), **_verify(originals, fixed, settings)}
    outputs = [(str(PurePosixPath(sample.key) / path), data) for path, data in fixed.items()]
    return Outcome(record, files=outputs)


_HANDLERS = {MARKDOWN: _markdown, RECORD: _record, SOURCE: _source}


def fix_markdown(md: bytes, settings: Settings) -> tuple[bytes, dict]:
    """The fixed Markdown and the report fields of one response."""
    found = markdown.blocks(md)
    active = [b for b in found if b.state == markdown.FILE]
    originals = {b.path: b.code for b in active}
    results = fix_project(originals, settings)
    fixed = markdown.splice(md, {b.index: results[b.path].fixed for b in active}, found)
    files = [{**b.record(), **(_file_outcome(results[b.path]) if b.state == markdown.FILE else {})} for b in found]
    fixed_files = {path: result.fixed for path, result in results.items()}
    report = {**_summary(results, files), **_verify(originals, fixed_files, settings)}
    if not found:
        report["status"] = SKIPPED
        report["reason"] = "no TypeScript or Python code blocks"
    return fixed, report


def fix_project(files: dict[str, bytes], settings: Settings) -> dict[str, FileResult]:
    """Every file fixed with all the others visible to cross-file transforms."""
    config = _config(settings)
    project = Project(texts=files, detached=True)  # model output: never the files of the cwd
    results = {path: fix_file(path, raw, config, project) for path, raw in files.items()}
    if settings.compiler is None:
        return results
    from codemods.compiler import tier

    improved = tier.improve(list(results.values()), [SAMPLE] * len(results), config, _session(settings.compiler))
    return dict(zip(results, improved))


def _summary(results: dict[str, FileResult], files: list[dict]) -> dict:
    changed = any(r.changed for r in results.values())
    return {
        "status": CHANGED if changed else UNCHANGED,
        "files": files,
        "transforms": dict(sorted(Counter(d.transform for r in results.values() for d in r.applied).items())),
        "findings": [{"path": path, "line": d.line, "column": d.column, "transform": d.transform, "message": d.message}
                     for path, r in results.items() for d in r.remaining],
        "errors": [f"{path}: {e}" for path, r in results.items() for e in _problems(r)],
        "diff": "".join(unified_diff(path, r.original, r.fixed) for path, r in results.items()),
    }


def _file_outcome(result: FileResult) -> dict:
    """A file's status, why it was skipped, and its syntax errors before and after."""
    reason = {"reason": result.reason} if result.status is Status.SKIPPED else {}
    return {"status": result.status.value, **reason, "parse": _parse(result)}


def _problems(result: FileResult) -> list[str]:
    """What went wrong in a transform: crashes, fixes dropped for breaking the syntax, no fixed point."""
    notes = list(result.errors)
    notes += [f"dropped [{d.transform}] at {d.line}:{d.column}: its result did not parse" for d in result.dropped]
    if result.not_converged:
        notes.append(f"did not converge: {', '.join(result.not_converged)}")
    return notes


def _parse(result: FileResult) -> dict:
    """Syntax errors (ERROR/MISSING nodes) before and after; None when the file cannot be parsed."""
    before = _syntax_errors(result.path, result.original)
    after = before if result.fixed == result.original else _syntax_errors(result.path, result.fixed)
    return {"before": before, "after": after}


def _syntax_errors(path: str, raw: bytes) -> int | None:
    try:
        source = SourceFile.from_bytes(path, raw)
    except SourceError:
        return None
    tree, problems = languages.try_parse(source.language, source.text)
    return None if tree is None else problems


def _verify(originals: dict[str, bytes], fixed: dict[str, bytes], settings: Settings) -> dict:
    """The verification ladder on the original and the fixed code, when verification is on."""
    if settings.verify_level is None:
        return {}
    return {"verify": verification.verify(originals, fixed, settings.verify_level, settings.typings,
                                          settings.verify_timeout)}


def failed_outcome(sample: Sample, error: str) -> Outcome:
    record = {"id": sample.key, "kind": sample.kind, "status": FAILED, "errors": [error]}
    if sample.kind == RECORD:
        record.update(id=f"{sample.key}:{sample.index}", source=sample.key, line=sample.index)
        return Outcome(record, line=sample.data)
    if sample.kind == SOURCE:
        return Outcome(record, files=[(str(PurePosixPath(sample.key) / p), d) for p, d in sample.files])
    return Outcome(record, files=[(sample.key, sample.data)])


_CONFIG: tuple[Settings, RunConfig] | None = None
_SESSIONS: dict[str, object] = {}
#: The project key of a sample's files for the compiler tier: a sample is one project.
SAMPLE = ("sample",)


def _config(settings: Settings) -> RunConfig:
    global _CONFIG
    if _CONFIG is None or _CONFIG[0] != settings:
        options = json.loads(settings.options)
        _CONFIG = settings, make_config(settings.select, settings.ignore, options, settings.safe_only,
                                        parse_profiles(settings.profiles))
    return _CONFIG[1]


def _session(folder: str):
    """This process's compiler session (one node process, reused by every sample it fixes)."""
    if folder not in _SESSIONS:
        from codemods.compiler.session import Session

        _SESSIONS[folder] = session = Session(Path(folder))
        multiprocessing.util.Finalize(None, session.close, exitpriority=10)
    return _SESSIONS[folder]
