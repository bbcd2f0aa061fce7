"""The ``codemod`` command line: a thin typer layer over :mod:`codemods.api`."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import api, report
from .diff import unified_diff
from .engine import FileResult, RunConfig, Status
from .files import write_atomic
from .selection import UnknownTransform

app = typer.Typer(help="Repair LLM-generated CDKTF code, one transform per known failure.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

Paths = Annotated[list[str], typer.Argument(help="Files or folders; '-' reads stdin.", show_default=False)]
Select = Annotated[Optional[list[str]], typer.Option("--select", help="Only these transform ids (repeat or comma-separate).")]
Ignore = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these transform ids.")]
Options = Annotated[Optional[list[str]], typer.Option("--option", "-O", help="Transform option: ID.NAME=VALUE.")]
SafeOnly = Annotated[bool, typer.Option("--safe-only", help="Apply only safe fixes, not opinionated ones.")]
StdinName = Annotated[str, typer.Option("--stdin-filename", help="Name (and so language) of stdin input.")]
ExitZero = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are changes or findings.")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")]


class Format(str, Enum):
    text = "text"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def _config(select, ignore, options, safe_only) -> RunConfig:
    try:
        return api.make_config(select, ignore, _parse_options(options or []), safe_only)
    except UnknownTransform as exc:
        _fail(str(exc))


def _parse_options(pairs: list[str]) -> dict[str, dict[str, object]]:
    from transforms import by_id

    registry = by_id()
    parsed: dict[str, dict[str, object]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        transform_id, dot, name = key.partition(".")
        if not sep or not dot:
            _fail(f"--option {pair!r}: expected ID.NAME=VALUE")
        transform = registry.get(transform_id)
        if transform is None:
            _fail(f"--option {pair!r}: unknown transform id {transform_id!r}")
        if name not in transform.options:
            known = ", ".join(sorted(transform.options)) or "none"
            _fail(f"--option {pair!r}: {transform_id} has no option {name!r} (options: {known})")
        parsed.setdefault(transform_id, {})[name] = _coerce(value, transform.options[name].default, pair)
    return parsed


def _coerce(value: str, default: object, pair: str) -> object:
    if isinstance(default, bool):
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        _fail(f"--option {pair!r}: expected true or false")
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            _fail(f"--option {pair!r}: expected a whole number")
    return value


def _results(paths: list[str], config: RunConfig, fix: bool, stdin_name: str, jobs: Optional[int]) -> list[FileResult]:
    if paths == ["-"]:
        return [api.fix_text(sys.stdin.buffer.read(), stdin_name, config, fix=fix)]
    if "-" in paths:
        _fail("'-' (stdin) cannot be mixed with other paths")
    return list(api.fix_paths(paths, config, fix, jobs))


def _problem_exit(results: list[FileResult]) -> bool:
    return any(r.status in (Status.FAILED, Status.SKIPPED) or r.errors for r in results)


@app.command("list")
def list_transforms() -> None:
    """List the transforms: id, catalog failure, safety and summary."""
    from transforms import all_transforms

    for t in all_transforms():
        failure = f"#{t.failure}" if t.failure else "-"
        typer.echo(f"{t.id:32} {failure:>4}  {t.safety.value:11} {t.summary}")


@app.command()
def explain(transform_id: Annotated[str, typer.Argument(help="A transform id from `codemod list`.")]) -> None:
    """Print a transform's documentation."""
    from transforms import by_id

    transform = by_id().get(transform_id)
    if transform is None:
        _fail(f"unknown transform id: {transform_id} (see `codemod list`)")
    typer.echo(transform.documentation())
    for name, option in transform.options.items():
        typer.echo(f"\nOption {transform.id}.{name} (default {option.default!r}): {option.help}")


@app.command()
def diff(paths: Paths, select: Select = None, ignore: Ignore = None, option: Options = None,
         safe_only: SafeOnly = False, stdin_filename: StdinName = "stdin.ts", jobs: Jobs = None,
         exit_zero: ExitZero = False) -> None:
    """Dry run: print the unified diff of every fix; write nothing. Exit 1 when there are changes."""
    results = _results(paths, _config(select, ignore, option, safe_only), True, stdin_filename, jobs)
    for r in results:
        if r.changed:
            sys.stdout.write(unified_diff(r.path, r.original, r.fixed))
    for line in report.summary_lines(results, "would change"):
        err.print(line)
    if _problem_exit(results):
        raise typer.Exit(2)
    raise typer.Exit(1 if any(r.changed for r in results) and not exit_zero else 0)


@app.command()
def apply(paths: Paths, select: Select = None, ignore: Ignore = None, option: Options = None,
          safe_only: SafeOnly = False, stdin_filename: StdinName = "stdin.ts", jobs: Jobs = None) -> None:
    """Apply the fixes in place (atomically); with '-' print the fixed stdin to stdout."""
    results = _results(paths, _config(select, ignore, option, safe_only), True, stdin_filename, jobs)
    if paths == ["-"]:
        sys.stdout.buffer.write(results[0].fixed)
    else:
        for r in results:
            if r.changed:
                try:
                    write_atomic(Path(r.path), r.fixed)
                except OSError as exc:
                    r.status = Status.FAILED
                    r.errors.append(f"cannot write: {exc.strerror}")
    for line in report.summary_lines(results, "changed"):
        err.print(line)
    raise typer.Exit(2 if _problem_exit(results) else 0)


@app.command()
def check(paths: Paths, select: Select = None, ignore: Ignore = None, option: Options = None,
          safe_only: SafeOnly = False, output_format: Annotated[Format, typer.Option("--format")] = Format.text,
          stdin_filename: StdinName = "stdin.ts", jobs: Jobs = None, exit_zero: ExitZero = False) -> None:
    """Report findings without fixing. Exit 1 when anything is found."""
    results = _results(paths, _config(select, ignore, option, safe_only), False, stdin_filename, jobs)
    if output_format is Format.json:
        typer.echo(report.findings_json(results))
    else:
        for line in report.findings_text(results):
            typer.echo(line)
        for line in report.summary_lines(results, "with findings")[1:]:
            err.print(line)
    if _problem_exit(results):
        raise typer.Exit(2)
    raise typer.Exit(1 if any(r.remaining for r in results) and not exit_zero else 0)


def main() -> None:
    app()
