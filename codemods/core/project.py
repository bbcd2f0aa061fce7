"""The other files of a run, for transforms that look across files (module classes, outputs).

Files are read and parsed lazily, once per project (the caches live and die with the instance, so
a process that fixes many projects in turn does not keep them all); in-memory texts (stdin,
batch samples) can stand in for files on disk.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from codemods.core import languages
from codemods.core.source import SourceError, SourceFile, language_of

T = TypeVar("T")


class Project:
    def __init__(self, paths: list[str] | None = None, texts: dict[str, bytes] | None = None,
                 detached: bool = False) -> None:
        """``detached``: the texts are not files of the working directory even where a file of the
        same name exists there (batch samples, whose ``lib/tap-stack.ts`` is model output)."""
        self.texts = dict(texts or {})
        self.detached = detached
        self.paths = list(dict.fromkeys(list(paths or []) + list(self.texts)))
        self._sources: dict[str, SourceFile | None] = {}
        self._trees: dict[str, object] = {}
        self._memo: dict[tuple[str, str], Any] = {}
        self._indexes: dict[tuple[str, str | None], dict[str, list[tuple[str, Any]]]] = {}

    def on_disk(self, path: str) -> bool:
        """Whether ``path`` is a file of a project on disk, whose pins count (not for the texts of
        a detached project)."""
        return not (self.detached and path in self.texts) and Path(path).is_file()

    def source(self, path: str) -> SourceFile | None:
        if path not in self._sources:
            self._sources[path] = self._read(path)
        return self._sources[path]

    def _read(self, path: str) -> SourceFile | None:
        try:
            raw = self.texts[path] if path in self.texts else Path(path).read_bytes()
            return SourceFile.from_bytes(path, raw)
        except (OSError, SourceError):
            return None

    def tree(self, path: str):
        if path not in self._trees:
            source = self.source(path)
            self._trees[path] = None if source is None else languages.try_parse(source.language, source.text)[0]
        return self._trees[path]

    def files(self, language: str | None = None) -> Iterator[tuple[SourceFile, object]]:
        """(source, tree) of each readable file of the run, optionally of one language family."""
        for path in self.paths:
            lang = language_of(path)
            if lang is None or (language is not None and (lang == "python") != (language == "python")):
                continue
            source, tree = self.source(path), self.tree(path)
            if source is not None and tree is not None:
                yield source, tree

    # -- derived data, built once per project --------------------------------------------------------
    def memo(self, key: str, source: SourceFile, tree: object, build: Callable[[SourceFile, object], T]) -> T:
        """``build(source, tree)`` for one file of the project, computed once per project and key.

        For data a transform derives from another file (its declarations, its schema): the files
        of a project do not change during a run, so what is derived from one is derived once.
        """
        slot = (key, source.path)
        if slot not in self._memo:
            self._memo[slot] = build(source, tree)
        return self._memo[slot]

    def index(self, key: str, language: str | None,
              build: Callable[[SourceFile, object], Iterable[tuple[str, Any]]]) -> dict[str, list[tuple[str, Any]]]:
        """name -> ``[(path, value), ...]`` over every file of a language family, in file order.

        ``build(source, tree)`` yields a file's ``(name, value)`` pairs. The index is built in one
        walk over the project the first time it is asked for, so a look-up across files costs the
        same however many files there are.
        """
        slot = (key, language)
        if slot not in self._indexes:
            table: dict[str, list[tuple[str, Any]]] = {}
            for source, tree in self.files(language):
                for name, value in build(source, tree):
                    table.setdefault(name, []).append((source.path, value))
            self._indexes[slot] = table
        return self._indexes[slot]


def on_disk(project: Any, path: str) -> bool:
    """Whether ``path`` is a file of a project on disk, whose pins count (see :meth:`Project.on_disk`;
    without a project, whether the file exists)."""
    return project.on_disk(path) if isinstance(project, Project) else Path(path).is_file()
