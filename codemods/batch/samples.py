"""The samples of a batch, read lazily in a fixed order from the command-line inputs.

A sample is one Markdown response (``*.md``), one line of a JSONL dataset, or one folder of plain
source files fixed together as a project. A folder argument is walked in sorted order: each
Markdown file in it is a sample, each JSONL file a dataset; its source files form projects, one
per folder holding a project marker (``package.json``, ``cdktf.json``, ...), the files outside any
marked folder forming one project named after the argument. Inside a marked project only the
source files count (its README is documentation, not a response).

Nothing is read before it is needed, and a JSONL file is read a line at a time, so a dataset of
any size streams through in constant memory.
"""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from codemods.core.files import SKIP_DIRS
from codemods.core.source import language_of

MARKDOWN = "markdown"
RECORD = "record"
SOURCE = "source"

MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PROJECT_MARKERS = ("package.json", "cdktf.json", "tsconfig.json", "pyproject.toml", "Pipfile", "setup.py")


@dataclass(frozen=True)
class Sample:
    """One unit of work. ``key`` is unique in the batch and names its output (a path under ``--out``).

    Markdown: ``data`` is the response. Record: ``data`` is the JSONL line, ``index`` its 1-based
    line number, ``key`` the output JSONL file. Source: ``files`` holds (relative path, bytes).
    """

    kind: str
    key: str
    data: bytes = b""
    files: tuple[tuple[str, bytes], ...] = ()
    index: int = 0


@dataclass(frozen=True)
class Unit:
    """A discovered input before it is read: a Markdown file, a JSONL file or a source project."""

    kind: str
    path: Path
    key: str
    files: tuple[Path, ...] = ()


def units(paths: Sequence[str | Path], include: Sequence[str] = (), exclude: Path | None = None) -> Iterator[Unit]:
    """The inputs under ``paths`` in a stable order. ``include`` filters Markdown and JSONL names;
    ``exclude`` is a folder never to enter (the output folder, when it lies inside an input)."""
    paths = [Path(p) for p in paths]
    base = paths[0] if len(paths) == 1 and paths[0].is_dir() else _common_parent(paths)
    skip = exclude.resolve() if exclude else None
    for path in paths:
        if path.is_dir():
            yield from _walk(path, base, include, skip)
        elif path.is_file():
            unit = _file_unit(path, _key(path, base), include, explicit=True)
            if unit:
                yield unit
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")


def _common_parent(paths: list[Path]) -> Path:
    return Path(os.path.commonpath([p.resolve().parent for p in paths]))


def _key(path: Path, base: Path) -> str:
    return path.resolve().relative_to(base.resolve()).as_posix() if path.resolve() != base.resolve() else path.name


def _file_unit(path: Path, key: str, include: Sequence[str], explicit: bool = False) -> Unit | None:
    name = path.name.lower()
    wanted = explicit or not include or any(fnmatch.fnmatch(path.name, p) for p in include)
    if name.endswith(MARKDOWN_SUFFIXES):
        return Unit(MARKDOWN, path, key) if wanted else None
    if name.endswith(JSONL_SUFFIXES):
        return Unit(RECORD, path, key) if wanted else None
    if explicit and language_of(path):
        return Unit(SOURCE, path.parent, path.parent.name, (path,))
    return None


def _walk(root: Path, base: Path, include: Sequence[str], skip: Path | None) -> Iterator[Unit]:
    projects: dict[Path, list[Path]] = {}
    owner: dict[Path, Path | None] = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                         and (skip is None or (here / d).resolve() != skip))
        marked = any(m in files for m in PROJECT_MARKERS)
        owner[here] = here if marked else owner.get(here.parent)
        project = owner[here]
        for name in sorted(files):
            path = here / name
            if language_of(name):
                projects.setdefault(project or root, []).append(path)
            elif project is None:
                unit = _file_unit(path, _key(path, base), include)
                if unit:
                    yield unit
    for project, sources in projects.items():
        yield Unit(SOURCE, project, _key(project, base), tuple(sources))


def read(unit: Unit) -> Iterator[Sample]:
    """The samples of one input, read now: a JSONL file yields one sample a line, lazily."""
    if unit.kind == MARKDOWN:
        yield Sample(MARKDOWN, unit.key, unit.path.read_bytes())
    elif unit.kind == SOURCE:
        files = tuple((f.relative_to(unit.path).as_posix(), f.read_bytes()) for f in unit.files)
        yield Sample(SOURCE, unit.key, files=files)
    else:
        with unit.path.open("rb") as handle:
            for index, line in enumerate(handle, 1):
                yield Sample(RECORD, unit.key, line, index=index)


def size(unit: Unit) -> int:
    """How many samples ``read(unit)`` yields, counted without holding the input in memory."""
    if unit.kind != RECORD:
        return 1
    lines, last = 0, b"\n"
    with unit.path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")
