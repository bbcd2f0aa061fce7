"""The Python API under the CLI: fix text, fix paths, check paths.

>>> from codemods.api import fix_text
>>> result = fix_text(source, "lib/stack.ts")
>>> result.fixed
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codemods.cache import ResultCache
from codemods.core.edits import Safety
from codemods.core.engine import FileResult, RunConfig, fix_file
from codemods.core.project import Project
from codemods.registry import all_transforms
from codemods.runner import layout_root, package_root, run
from codemods.selection import select_transforms

if TYPE_CHECKING:
    from codemods.compiler.session import Session


def make_config(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                options: dict[str, dict[str, Any]] | None = None, safe_only: bool = False,
                profiles: frozenset[Safety] | None = None) -> RunConfig:
    """The engine's configuration; ``profiles`` (see ``codemods.core.edits.PROFILES``) defaults to
    safe and ideal, ``safe_only`` narrows it to safe."""
    from codemods.compiler import known_ids

    return RunConfig(select_transforms(select, ignore), options or {}, safe_only,
                     registry=all_transforms() + known_ids(), profiles=profiles)


def fix_text(text: str | bytes, path: str = "main.ts", config: RunConfig | None = None,
             project: Project | None = None, fix: bool = True, compiler: Session | None = None) -> FileResult:
    """Fix one file's text in memory; ``path`` decides the language and appears in diffs. With
    ``compiler``, the compiler tier runs after the static transforms (the file alone is the project)."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    config = config or make_config()
    result = fix_file(path, raw, config, project or Project(texts={path: raw}), fix)
    if compiler is None or not fix:
        return result
    from codemods.compiler import tier

    return tier.improve([result], [None], config, compiler)[0]


def fix_paths(paths: Iterable[str | Path], config: RunConfig | None = None, fix: bool = True,
              jobs: int | None = None, cache: ResultCache | None = None,
              compiler: Session | None = None) -> Iterator[FileResult]:
    """Results for every source file under ``paths``; nothing is written. With ``cache``, results
    of files whose bytes, project and configuration are unchanged are read from it. With
    ``compiler``, the compiler tier (``codemods.compiler``) runs after the static transforms over
    each project, so the results come once every file of the run is fixed."""
    config = config or make_config()
    results = run(paths, config, fix, jobs, cache)
    if compiler is None or not fix:
        return results
    from codemods.compiler import tier

    results = list(results)
    return iter(tier.improve(results, [_root_of(r.path) for r in results], config, compiler))


def _root_of(path: str) -> str | None:
    """The project a result's file belongs to (the runner's package root or layout root)."""
    folder = Path(path).resolve().parent
    return package_root(folder) or layout_root(folder)
