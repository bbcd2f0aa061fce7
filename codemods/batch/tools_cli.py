"""``codemod verify install`` and ``codemod verify status``: everything the verification ladder runs.

One command installs what compile, synth and scan need: the TypeScript compiler and typings
(npm, :mod:`codemods.typings`), the Python checker with the pinned CDKTF Python packages and
checkov (each in a virtual environment of its own, :mod:`codemods.verify.tools`).
"""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from codemods.output import messages

# The tools are imported by the commands: the command line imports this module to declare them.
verify_app = typer.Typer(help="The tools of --verify: typings, the Python checker and checkov.", no_args_is_help=True)
PARTS = ("typings", "python", "checkov")  # the typings, then codemods.verify.tools.environments()

Only = Annotated[Optional[list[str]], typer.Option("--only", help=f"Install only these: {', '.join(PARTS)} (repeat).")]


@verify_app.command("install")
def install(only: Only = None) -> None:
    """Install the verification tools into the cache folder (needs node, npm and the package registries)."""
    from codemods import typings
    from codemods.verify import tools

    chosen = list(only or PARTS)
    unknown = [p for p in chosen if p not in PARTS]
    if unknown:
        messages.error(f"--only: unknown part {unknown[0]!r} (expected {', '.join(PARTS)})")
        raise typer.Exit(2)
    failed = False
    for part in PARTS:
        if part not in chosen:
            continue
        try:
            if part == "typings":
                folder = typings.install(log=messages.line)
            else:
                folder = tools.install(part, log=messages.line).folder
        except (typings.TypingsError, tools.ToolError) as exc:
            messages.error(f"{part}: {exc}")
            failed = True
            continue
        typer.echo(f"{part}: {folder}")
    raise typer.Exit(1 if failed else 0)


@verify_app.command("status")
def status() -> None:
    """Print where each verification tool is and whether it is ready. Exit 1 when one is not."""
    from codemods import typings
    from codemods.verify import tools

    missing = typings.problems(typings.default_dir())
    lines = [f"typings: {typings.default_dir()}: {'ready' if not missing else 'not ready: ' + missing[0]}"]
    ready = not missing
    for name, environment in tools.environments().items():
        lines.append(f"{name}: {environment.folder}: {'ready' if environment.ready else 'not installed'}")
        ready = ready and environment.ready
    for line in lines:
        typer.echo(line)
    raise typer.Exit(0 if ready else 1)
