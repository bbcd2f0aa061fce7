"""The Python API under the CLI: fix text, fix paths, check paths.

>>> from codemods.api import fix_text
>>> result = fix_text(source, "lib/stack.ts")
>>> result.fixed
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from codemods.cache import ResultCache
from codemods.core.edits import Safety
from codemods.core.engine import FileResult, RunConfig, fix_file
from codemods.core.project import Project
from codemods.registry import all_transforms
from codemods.runner import run
from codemods.selection import select_transforms


def make_config(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                options: dict[str, dict[str, Any]] | None = None, safe_only: bool = False,
                profiles: frozenset[Safety] | None = None) -> RunConfig:
    """The engine's configuration; ``profiles`` (see ``codemods.core.edits.PROFILES``) defaults to
    safe and ideal, ``safe_only`` narrows it to safe."""
    return RunConfig(select_transforms(select, ignore), options or {}, safe_only, registry=all_transforms(),
                     profiles=profiles)


def fix_text(text: str | bytes, path: str = "main.ts", config: RunConfig | None = None,
             project: Project | None = None, fix: bool = True) -> FileResult:
    """Fix one file's text in memory; ``path`` decides the language and appears in diffs."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return fix_file(path, raw, config or make_config(), project or Project(texts={path: raw}), fix)


def fix_paths(paths: Iterable[str | Path], config: RunConfig | None = None, fix: bool = True,
              jobs: int | None = None, cache: ResultCache | None = None) -> Iterator[FileResult]:
    """Results for every source file under ``paths``; nothing is written. With ``cache``, results
    of files whose bytes, project and configuration are unchanged are read from it."""
    return run(paths, config or make_config(), fix, jobs, cache)
