"""The other files of a run, for transforms that look across files (module classes, outputs).

Files are read and parsed lazily, once per project (the caches live and die with the instance, so
a process that fixes many projects in turn does not keep them all); in-memory texts (stdin,
batch samples) can stand in for files on disk.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from codemods.core import languages
from codemods.core.source import SourceError, SourceFile, language_of


class Project:
    def __init__(self, paths: list[str] | None = None, texts: dict[str, bytes] | None = None) -> None:
        self.texts = dict(texts or {})
        self.paths = list(dict.fromkeys(list(paths or []) + list(self.texts)))
        self._sources: dict[str, SourceFile | None] = {}
        self._trees: dict[str, object] = {}

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
