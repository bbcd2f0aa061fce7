"""The ``codemod batch`` and ``codemod typings`` commands, and ``apply --verify``'s type check."""
from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from codemods.output import messages
# The batch machinery, the typings and rich's progress bars are imported when a command runs: the
# command line imports this module to declare `codemod batch` and `codemod typings`.

if TYPE_CHECKING:
    from codemods.batch.runner import Batch, Resume
    from codemods.batch.samples import Unit
    from codemods.core.engine import FileResult

typings_app = typer.Typer(help="The TypeScript compiler and pinned CDKTF typings used by --verify.",
                          no_args_is_help=True)

Inputs = Annotated[list[Path], typer.Argument(help="Markdown responses, JSONL datasets, or folders of either or of source files.",
                                              show_default=False)]
Out = Annotated[Path, typer.Option("--out", "-o", help="Folder for the fixed copies and the report (inputs are never modified).")]
Field = Annotated[str, typer.Option("--field", help="JSONL: the field holding the response text.")]
IdField = Annotated[Optional[str], typer.Option("--id-field", help="JSONL: the field holding the sample id (default: file:line).")]
Include = Annotated[Optional[list[str]], typer.Option("--include", help="In folders, only Markdown/JSONL files whose name matches this glob.")]
Scheduler = Annotated[Optional[str], typer.Option("--scheduler", help="Run on Dask: a scheduler address (tcp://host:8786) or 'local'.")]
Verify = Annotated[bool, typer.Option("--verify", help="Verify the code before and after fixing: type-check (tsc; basedpyright for Python), and with --verify-level synthesize and scan (see `codemod typings install`, `codemod verify install`).")]
VerifyLevel = Annotated[str, typer.Option("--verify-level", help="How far --verify goes: compile (tsc), synth (compile, then run the app or a generated driver and synthesize), or scan (synth, then checkov on each stack; `codemod verify install`).")]
VerifyTimeout = Annotated[float, typer.Option("--verify-timeout", help="Seconds one synthesis of a sample may take before it is killed and counted as a timeout.")]
ReportPath = Annotated[Optional[Path], typer.Option("--report", help="The report file (default: OUT/report.jsonl).")]
Select = Annotated[Optional[list[str]], typer.Option("--select", help="Only these transform ids (repeat or comma-separate).")]
Ignore = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these transform ids.")]
Options = Annotated[Optional[list[str]], typer.Option("--option", "-O", help="Transform option: ID.NAME=VALUE.")]
SafeOnly = Annotated[bool, typer.Option("--safe-only", help="Apply only safe fixes (the same as --profile safe).")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")]
Compiler = Annotated[bool, typer.Option("--compiler", help="After the static transforms, apply the TypeScript compiler's allow-listed code fixes (one node process per worker; needs `codemod typings install`).")]
Profile = Annotated[str, typer.Option("--profile", help="Fix profiles to apply, comma-separated: safe, ideal, disposable, or all (default: all: model output is deployed as a throw-away test stack).")]


def _fail(message: str) -> None:
    messages.error(message)
    raise typer.Exit(2)


def batch_command(inputs: Inputs, out: Out, field: Field = "text", id_field: IdField = None,
                  include: Include = None, jobs: Jobs = None, scheduler: Scheduler = None,
                  verify: Verify = False, verify_level: VerifyLevel = "compile", verify_timeout: VerifyTimeout = 120.0,
                  report_path: ReportPath = None, select: Select = None,
                  ignore: Ignore = None, option: Options = None, safe_only: SafeOnly = False,
                  profile: Profile = "all", compiler: Compiler = False) -> None:
    """Fix many responses: Markdown, JSONL datasets or source folders into OUT, with a report.

    With --verify, the report carries each sample's ladder before and after, and an HTML report
    is written beside it. Rerun with the same --out to resume an interrupted batch.
    Exit 2 when a sample failed.
    """
    from codemods.batch import htmlreport, report
    from codemods.batch.runner import Batch, Resume
    from codemods.batch.samples import RECORD, size
    from codemods.batch.worker import Settings
    from codemods.core.edits import parse_profiles

    started = time.perf_counter()
    try:
        parse_profiles(profile)
    except ValueError as exc:
        _fail(f"--profile: {exc}")
    folder = _verification_tools(verify_level, verify_timeout) if verify else None
    settings = Settings(tuple(select or ()), tuple(ignore or ()), _options(select, ignore, option, safe_only),
                        safe_only, field, id_field, folder, profile, compiler=str(_typings()) if compiler else None,
                        verify_level=verify_level if verify else None, verify_timeout=verify_timeout)
    batch = Batch([str(p) for p in inputs], out, settings, tuple(include or ()), jobs or os.cpu_count() or 1,
                  scheduler, report_path)
    try:
        units = batch.units()
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    resume = Resume(batch.report_path)
    total = sum(size(u) for u in units)
    done = sum(resume.records[u.key] if u.kind == RECORD else u.key in resume.done for u in units)
    if done:
        messages.line(f"resuming: {done} of {total} sample(s) already done in {batch.report_path}")
    try:
        _run_with_progress(batch, units, resume, total - done, "fixing and verifying" if verify else "fixing")
    except RuntimeError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        messages.line(f"interrupted: run the same command again to resume from {batch.report_path}")
        raise typer.Exit(130) from None
    summary = report.summarize(batch.report_path)
    for line in summary.lines():
        messages.line(line)
    if verify:
        page = htmlreport.write(batch.report_path)
        if page is not None:
            messages.line(f"HTML report in {page}")
    messages.line(f"wall time {time.perf_counter() - started:.1f} s, peak memory {_peak_memory()}; "
              f"fixed copies in {out}, report in {batch.report_path}")
    raise typer.Exit(2 if summary.failure_count else 0)


def _options(select, ignore, option, safe_only) -> str:
    from codemods import api
    from codemods.config import ConfigError, parse_options
    from codemods.selection import UnknownTransform

    try:
        parsed = parse_options(option or [])
    except ConfigError as exc:
        _fail(str(exc))
    try:
        api.make_config(select, ignore, parsed, safe_only)
    except UnknownTransform as exc:
        _fail(str(exc))
    return json.dumps(parsed, sort_keys=True)


def _verification_tools(level: str, timeout: float) -> str | None:
    """Check up front what ``batch --verify`` needs: the typings folder (None, with a warning, when
    only the Python checker is there), checkov at ``scan``. Exit 2 with the fix when nothing can verify."""
    from codemods import typings
    from codemods.verify import pycheck, scan

    if level not in ("compile", "synth", "scan"):
        _fail(f"--verify-level: expected compile, synth or scan, not {level!r}")
    if timeout <= 0:
        _fail("--verify-timeout must be more than 0 seconds")
    if level == "scan" and not scan.available():
        _fail(scan.INSTALL_HINT)
    python = pycheck.available()
    try:
        folder = str(typings.ensure())
    except typings.TypingsError as exc:
        if not python:
            _fail(str(exc))
        messages.warning(f"TypeScript samples will not be verified: {exc}")
        return None
    if not python:
        messages.warning(f"Python samples will not be verified: {pycheck.INSTALL_HINT}")
    return folder


def _typings() -> Path:
    from codemods import typings

    try:
        return typings.ensure()
    except typings.TypingsError as exc:
        _fail(str(exc))


def _run_with_progress(batch: Batch, units: list[Unit], resume: Resume, pending: int, label: str = "fixing") -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from codemods.batch.runner import run

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[changed]} changed, {task.fields[failed]} failed"))
    with Progress(*columns, console=messages.console(), transient=False) as progress:
        task = progress.add_task("batch", total=pending, changed=0, failed=0)
        changed = failed = 0
        for outcome in run(batch, units, resume):
            changed += outcome.record["status"] == "changed"
            failed += outcome.record["status"] == "failed" or bool(outcome.record.get("errors"))
            progress.update(task, advance=1, changed=changed, failed=failed)


def _peak_memory() -> str:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return f"{own:.0f} MB (batch process), {child:.0f} MB (largest worker or tsc process)"


@typings_app.command("install")
def typings_install() -> None:
    """Install the TypeScript compiler and the pinned typings into the cache folder (needs node and npm)."""
    from codemods import typings

    try:
        folder = typings.install(log=messages.line)
    except typings.TypingsError as exc:
        _fail(str(exc))
    typer.echo(str(folder))


@typings_app.command("status")
def typings_status() -> None:
    """Print the typings folder and whether it is ready. Exit 1 when it is not."""
    from codemods import typings

    folder = typings.default_dir()
    missing = typings.problems(folder)
    typer.echo(f"{folder}: {'ready' if not missing else 'not ready: ' + '; '.join(missing)}")
    raise typer.Exit(1 if missing else 0)


def print_verification(results: list[FileResult], level: str = "compile") -> None:
    """``apply --verify``: type-check the TypeScript files of the run as they were and as fixed;
    at ``synth`` or ``scan``, climb the rest of the ladder too (see ``codemods.verify``). A run with
    Python files and no TypeScript climbs the Python ladder (basedpyright, python)."""
    from codemods import typings
    from codemods.core.source import language_of

    if level not in ("compile", "synth", "scan"):
        _fail(f"--verify-level: expected compile, synth or scan, not {level!r}")
    languages = {language_of(r.path) for r in results}
    if level != "compile" or ("python" in languages and not languages & {"typescript", "tsx"}):
        _print_ladder(results, level)
        return
    checker = typings.Checker(_typings())
    try:
        files = [r for r in results if language_of(r.path) in ("typescript", "tsx")]
        before = checker.check({_relative(r.path): r.original for r in files})
        after = checker.check({_relative(r.path): r.fixed for r in files})
    finally:
        checker.close()
    for name, verdict in (("before", before), ("after", after)):
        codes = ", ".join(f"{code} x{n}" for code, n in verdict.codes().most_common()) or "clean"
        messages.line(f"tsc {name}: {verdict.failure or f'{verdict.errors} error(s) ({codes})'}")
    for message in after.record()["messages"]:
        messages.line(f"  {message}")


def _print_ladder(results: list[FileResult], level: str) -> None:
    from codemods.core.source import language_of
    from codemods.verify import ScanUnavailable, verify_files
    from codemods.verify.ladder import PYTHON, language
    from codemods.verify.pycheck import CheckerUnavailable

    files = [r for r in results if language_of(r.path) in ("typescript", "tsx", "python")]
    python = language({_relative(r.path): r.original for r in files}) == PYTHON
    folder = None if python else _typings()
    for name, version in (("before", "original"), ("after", "fixed")):
        try:
            ladder = verify_files({_relative(r.path): getattr(r, version) for r in files}, level, typings=folder)
        except (ScanUnavailable, CheckerUnavailable) as exc:
            _fail(str(exc))
        synth = ladder.synth
        line = f"{name}: compile {'clean' if ladder.compiles else f'{ladder.compile_errors} error(s)'}"
        if synth is not None:
            line += f", synth {synth.status}" + (f" ({synth.kind}: {synth.error})" if synth.status != "ok" else
                                                  f" ({len(synth.stacks)} stack(s))")
        if ladder.scan is not None:
            line += f", scan {ladder.scan.failed} failed / {ladder.scan.passed} passed checks"
        messages.line(line)


def _relative(path: str) -> str:
    return path.lstrip("/")
