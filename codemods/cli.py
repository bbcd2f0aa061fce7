"""The ``codemod`` command line: a thin typer layer over :mod:`codemods.api`."""
from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from codemods.batch.cli import Verify, VerifyLevel, batch_command, typings_app
from codemods.batch.tools_cli import verify_app
from codemods.output import messages

if TYPE_CHECKING:
    from codemods.config import Settings
    from codemods.core.engine import FileResult, RunConfig

# The rest of the tool is imported by the command that needs it: `codemod --help` or a diff of
# one file does not pay for batch, review, the output formats or the catalog.
FORMATS = ("text", "json", "sarif", "github")  # codemods.output.formats.FORMATS (a test keeps them equal)

app = typer.Typer(help="Repair LLM-generated CDKTF code, one transform per known failure.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

Paths = Annotated[list[str], typer.Argument(help="Files or folders; '-' reads stdin.", show_default=False)]
Select = Annotated[Optional[list[str]], typer.Option("--select", help="Only these transform ids (repeat or comma-separate).")]
Ignore = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these transform ids.")]
Options = Annotated[Optional[list[str]], typer.Option("--option", "-O", help="Transform option: ID.NAME=VALUE.")]
SafeOnly = Annotated[Optional[bool], typer.Option("--safe-only/--no-safe-only", help="Apply only safe fixes (the same as --profile safe; default: the configuration's safe-only, else no).")]
Profile = Annotated[Optional[str], typer.Option("--profile", help="Fix profiles to apply, comma-separated: safe (repairs), ideal (the catalog's form, destroys nothing), disposable (may replace resources or lose data: test stacks), or all (default: safe,ideal, or the configuration's profile).")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the result cache (.codemod_cache/).")]
StdinName = Annotated[str, typer.Option("--stdin-filename", help="Name (and so language) of stdin input.")]
ExitZero = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are changes or findings.")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")]
OptionalPaths = Annotated[Optional[list[str]], typer.Argument(help="Files or folders; '-' reads stdin.", show_default=False)]
PatchOutput = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the patch to this file, not stdout.")]
PatchFile = Annotated[Optional[Path], typer.Option("--patch", help="Apply this reviewed patch (from `diff -o`), all or nothing.")]
Reverse = Annotated[bool, typer.Option("--reverse", "-R", help="With --patch: undo an applied patch.")]
Compiler = Annotated[bool, typer.Option("--compiler", help="After the static transforms, apply the TypeScript compiler's allow-listed code fixes (compiler-spelling, compiler-import, compiler-definite-assignment); needs `codemod typings install`.")]
Interactive = Annotated[bool, typer.Option("--interactive", "-i", help="Show each fix's hunk and ask: y/n/all/quit.")]


Format = Enum("Format", {name: name for name in FORMATS}, type=str)
Statistics = Annotated[bool, typer.Option("--statistics", help="Counts per transform instead of each finding.")]


def _fail(message: str, code: int = 2) -> None:
    messages.error(message)
    raise typer.Exit(code)


def _settings() -> Settings:
    """The nearest configuration file's settings (``[tool.codemod]`` or ``.codemod.toml``)."""
    from codemods.config import ConfigError, load_settings

    try:
        return load_settings()
    except ConfigError as exc:
        _fail(str(exc))


def _config(select, ignore, options, safe_only, profile: str | None = None) -> RunConfig:
    from codemods.config import ConfigError, parse_options
    from codemods.core.edits import parse_profiles
    from codemods.selection import UnknownTransform

    try:
        profiles = parse_profiles(profile) if profile else None
    except ValueError as exc:
        _fail(f"--profile: {exc}")
    try:
        return _settings().run_config(select, ignore, parse_options(options or []), safe_only, profiles)
    except (UnknownTransform, ConfigError) as exc:
        _fail(str(exc))


def _results(paths: list[str], config: RunConfig, fix: bool, stdin_name: str, jobs: Optional[int],
             no_cache: bool = False, compiler: bool = False) -> list[FileResult]:
    if compiler:
        with _compiler_session() as session:
            return _run(paths, config, fix, stdin_name, jobs, no_cache, session)
    return _run(paths, config, fix, stdin_name, jobs, no_cache, None)


def _compiler_session():
    from codemods.compiler.session import CompilerUnavailable, Session, typings_folder

    try:
        return Session(typings_folder())
    except CompilerUnavailable as exc:
        _fail(str(exc))


def _print_compiler_fixes(results: list[FileResult]) -> None:
    from codemods.compiler.tier import summary_lines

    for line in summary_lines(results):
        messages.line(line)


def _run(paths, config, fix, stdin_name, jobs, no_cache, session) -> list[FileResult]:
    from codemods import api
    from codemods.cache import ResultCache

    if paths == ["-"]:
        return [api.fix_text(sys.stdin.buffer.read(), stdin_name, config, fix=fix, compiler=session)]
    if "-" in paths:
        _fail("'-' (stdin) cannot be mixed with other paths")
    missing = next((p for p in paths if not Path(p).exists()), None)
    if missing is not None:
        _fail(f"{missing}: no such file or directory")
    settings = _settings()
    cache = None if no_cache or os.environ.get("CODEMOD_NO_CACHE") else ResultCache(settings.root)
    return list(api.fix_paths(settings.targets(paths), config, fix, jobs, cache, compiler=session))


def _problem_exit(results: list[FileResult]) -> bool:
    from codemods.core.engine import Status

    return any(r.status in (Status.FAILED, Status.SKIPPED) or r.errors for r in results)


@app.command("list")
def list_transforms(compiler: Annotated[bool, typer.Option("--compiler", help="List the compiler units (`--compiler` fixes) instead.")] = False) -> None:
    """List the transforms: id, catalog failure, safety and summary."""
    from codemods.registry import all_transforms

    for t in _compiler_units() if compiler else all_transforms():
        failure = f"#{t.failure}" if t.failure else "-"
        typer.echo(f"{t.id:32} {failure:>4}  {t.safety.value:11} {t.summary}")


def _compiler_units():
    from codemods.compiler.tier import UNITS

    return UNITS


@app.command()
def explain(transform_id: Annotated[str, typer.Argument(help="A transform id from `codemod list` (or `list --compiler`).")]) -> None:
    """Print a transform's documentation."""
    from codemods.registry import by_id

    transform = by_id().get(transform_id) or {u.id: u for u in _compiler_units()}.get(transform_id)
    if transform is None:
        _fail(f"unknown transform id: {transform_id} (see `codemod list`)")
    typer.echo(transform.documentation())
    for name, option in transform.options.items():
        typer.echo(f"\nOption {transform.id}.{name} (default {option.default!r}): {option.help}")


@app.command()
def diff(paths: Paths, select: Select = None, ignore: Ignore = None, option: Options = None,
         safe_only: SafeOnly = None, profile: Profile = None, no_cache: NoCache = False, stdin_filename: StdinName = "stdin.ts", jobs: Jobs = None,
         exit_zero: ExitZero = False, output: PatchOutput = None, compiler: Compiler = False) -> None:
    """Dry run: print (or write with -o) the unified diff of every fix. Exit 1 when there are changes."""
    from codemods.output import report
    from codemods.review.diff import hunks, with_header

    results = _results(paths, _config(select, ignore, option, safe_only, profile), True, stdin_filename, jobs, no_cache,
                       compiler)
    patch = "".join(with_header(r.path, r.hunks if r.hunks is not None else hunks(r.original, r.fixed))
                    for r in results if r.changed)
    _write_patch(patch.encode("utf-8", "surrogateescape"), output)
    for line in report.summary_lines(results, "would change"):
        messages.line(line)
    if compiler:
        _print_compiler_fixes(results)
    if _problem_exit(results):
        raise typer.Exit(2)
    raise typer.Exit(1 if any(r.changed for r in results) and not exit_zero else 0)


def _write_patch(patch: bytes, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.buffer.write(patch)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(patch)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    messages.line(f"wrote {output}" if patch else f"wrote {output} (empty: nothing to change)")


def _apply_reviewed_patch(patch: Path, reverse: bool) -> None:
    from codemods.review.patch import PatchError, apply_patch

    try:
        text = patch.read_bytes()
    except OSError as exc:
        _fail(f"cannot read {patch}: {exc.strerror}")
    try:
        changes = apply_patch(text, Path("."), reverse)
    except PatchError as exc:
        _fail(str(exc), 1)
    verb = "undid" if reverse else "applied"
    for change in changes:
        messages.line(f"{verb} {change.hunks} hunk(s) in {change.display}")
    messages.line(f"{len(changes)} file(s) changed" if changes else "nothing to apply: the patch has no hunks")


@app.command()
def apply(paths: OptionalPaths = None, select: Select = None, ignore: Ignore = None, option: Options = None,
          safe_only: SafeOnly = None, profile: Profile = None, no_cache: NoCache = False, stdin_filename: StdinName = "stdin.ts", jobs: Jobs = None,
          patch: PatchFile = None, reverse: Reverse = False, interactive: Interactive = False,
          verify: Verify = False, verify_level: VerifyLevel = "compile", compiler: Compiler = False) -> None:
    """Apply the fixes in place (atomically); with '-' print the fixed stdin to stdout.

    With --patch, apply a reviewed patch instead: every hunk must still match, else nothing is written.
    With -i, review each fix: only the accepted ones are written.
    """
    from codemods.batch.cli import print_verification
    from codemods.core.engine import Status
    from codemods.core.files import write_atomic
    from codemods.output import report

    if patch is not None:
        if paths:
            _fail("--patch applies the patch's own files; give no paths with it")
        _apply_reviewed_patch(patch, reverse)
        return
    if reverse:
        _fail("--reverse undoes a patch: use it with --patch FILE")
    if not paths:
        _fail("give the files or folders to fix, or --patch FILE")
    config = _config(select, ignore, option, safe_only, profile)
    if interactive and compiler:
        _fail("--compiler cannot be combined with -i yet: review its fixes with `codemod diff --compiler -o FILE`")
    if interactive:
        if "-" in paths:
            _fail("-i reviews the fixes of files; it cannot read stdin")
        from rich.console import Console

        from codemods.review.interactive import console_ask, review_paths

        results = review_paths(_settings().targets(paths), config, console_ask(Console(highlight=False)))
    else:
        results = _results(paths, config, True, stdin_filename, jobs, no_cache, compiler)
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
        messages.line(line)
    if compiler:
        _print_compiler_fixes(results)
    if verify:
        print_verification(results, verify_level)
    raise typer.Exit(2 if _problem_exit(results) else 0)


@app.command()
def check(paths: Paths, select: Select = None, ignore: Ignore = None, option: Options = None,
          safe_only: SafeOnly = None, profile: Profile = None, no_cache: NoCache = False, output_format: Annotated[Format, typer.Option("--format")] = Format.text,
          stdin_filename: StdinName = "stdin.ts", jobs: Jobs = None, exit_zero: ExitZero = False,
          statistics: Statistics = False) -> None:
    """Report findings (and unused suppressions) without fixing. Exit 1 when anything is found."""
    from codemods.output import formats, report

    config = _config(select, ignore, option, safe_only, profile)
    results = _results(paths, config, False, stdin_filename, jobs, no_cache)
    try:
        output = formats.render(results, output_format.value, config.transforms, statistics)
    except ValueError as exc:
        _fail(str(exc))
    if output:
        typer.echo(output)
    if output_format.value == "text":
        for line in report.summary_lines(results, "with findings")[1:]:
            messages.line(line)
    if _problem_exit(results):
        raise typer.Exit(2)
    raise typer.Exit(1 if any(r.remaining for r in results) and not exit_zero else 0)


app.command("batch")(batch_command)
app.add_typer(typings_app, name="typings")
app.add_typer(verify_app, name="verify")


cache_app = typer.Typer(help="The result cache (.codemod_cache/ at the configuration's root).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove the result cache."""
    from codemods.cache import ResultCache

    cache = ResultCache(_settings().root)
    typer.echo(f"removed {cache.folder}" if cache.clear() else f"no cache at {cache.folder}")


def main() -> None:
    try:
        app()
    finally:
        # The catalog is a few hundred thousand objects without cycles: freezing them spares the
        # interpreter's exit a last collection over all of them (about a third of a small run).
        gc.freeze()
