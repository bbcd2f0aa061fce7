"""What the compiler says about one project, as the compiler units read it.

A :class:`Consultation` holds the project's TypeScript files as they are now (static fixes
applied), asks the :class:`~codemods.compiler.session.Session` for the code fixes of a file once
per version of its text, and turns the helper's UTF-16 positions and rewritten spans into the
smallest byte-range :class:`~codemods.core.edits.Edit` that makes the same change, so that
untouched bytes stay as they were. "Cannot find name" errors that got no import fix are answered
by loading the catalog's module of the name into the program (a hint) and asking again.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from codemods.catalog import known_packages, load_catalog
from codemods.compiler.session import Session
from codemods.core.edits import Edit


@dataclass(frozen=True)
class Change:
    """One text change of a code fix, placed in the file's bytes, before and after minimising."""

    start: int
    end: int
    text: str

    def edit(self) -> Edit:
        return Edit(self.start, self.end, self.text)


@dataclass
class CodeFix:
    """One code fix the compiler proposes for one diagnostic, in the file's bytes."""

    code: int
    start: int
    end: int
    message: str
    fix_name: str
    description: str
    changes: list[Change]  # as the compiler wrote them (whole spans)
    other_files: bool
    target: dict | None

    def edits(self, source: bytes) -> list[Edit]:
        """The changes shrunk to the bytes they really change (common prefix and suffix kept)."""
        return [minimal(source, c).edit() for c in self.changes]


def utf16_to_bytes(text: bytes) -> "callable":
    """A function from UTF-16 offsets (what the compiler counts) to byte offsets of ``text``."""
    decoded = text.decode("utf-8")
    if decoded.isascii():
        return lambda offset: offset
    table = {0: 0}
    units = position = 0
    for ch in decoded:
        units += 2 if ord(ch) > 0xFFFF else 1
        position += len(ch.encode("utf-8"))
        table[units] = position
    return lambda offset: table[offset]


def minimal(source: bytes, change: Change) -> Change:
    """``change`` without the text it rewrites to itself at either end."""
    old = source[change.start:change.end].decode("utf-8")
    new = change.text
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    start = change.start + len(old[:prefix].encode("utf-8"))
    end = change.end - len(old[len(old) - suffix:].encode("utf-8")) if suffix else change.end
    return Change(start, end, new[prefix:len(new) - suffix])


@cache
def catalog_modules_of(name: str) -> tuple[str, ...]:
    """The import paths of every module of every shipped provider catalog exporting class ``name``."""
    return tuple(path for package, mod in _class_index().get(name, ()) for path in [load_catalog(package).import_path(mod)])


@cache
def _class_index() -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for package in known_packages():
        catalog = load_catalog(package)
        for mod in catalog.modules():
            for name in catalog.classes_of_module(mod):
                index.setdefault(name, []).append((package, mod))
    return index


@dataclass
class Reply:
    """What the compiler said about one version of a file: its code fixes and its error count
    (None when the compiler did not answer)."""

    fixes: list[CodeFix]
    errors: int | None


@dataclass
class Consultation:
    """One project's files and the compiler's fixes for them, asked once per file version."""

    session: Session
    files: dict[str, bytes]  # relative path -> text without BOM
    paths: dict[str, str] = field(default_factory=dict)  # engine path -> relative path
    codes: tuple[int, ...] = ()
    hints: list[str] = field(default_factory=list)
    _replies: dict[tuple[str, bytes], Reply] = field(default_factory=dict)

    def fixes(self, path: str, source: bytes) -> list[CodeFix]:
        """The compiler's code fixes for ``path`` with the text ``source`` (the rest of the project
        as last seen)."""
        return self.reply(path, source).fixes

    def errors(self, path: str, source: bytes) -> int | None:
        """How many errors the compiler finds in ``path`` with the text ``source``."""
        return self.reply(path, source).errors

    def reply(self, path: str, source: bytes) -> Reply:
        rel = self.paths.get(path, path)
        self.files[rel] = source
        key = (rel, source)
        if key not in self._replies:
            self._replies[key] = self._ask(rel, source)
        return self._replies[key]

    def _ask(self, rel: str, source: bytes) -> Reply:
        reply = self._request(rel)
        if reply is None:
            return Reply([], None)
        new_hints = [m for name in reply.get("missing", ()) for m in self._hint_for(name) if m not in self.hints]
        if new_hints:
            self.hints.extend(new_hints)
            reply = self._request(rel) or reply
        return Reply(list(self._code_fixes(reply["fixes"], source)), reply.get("errors"))

    def _request(self, rel: str) -> dict | None:
        texts = {p: t.decode("utf-8", "replace") for p, t in self.files.items()}
        return self.session.ask(texts, rel, list(self.codes), self.hints)

    @staticmethod
    def _hint_for(name: str) -> Iterable[str]:
        """The one catalog module exporting a class of this name (none when zero or several)."""
        modules = catalog_modules_of(name)
        return modules if len(modules) == 1 else ()

    @staticmethod
    def _code_fixes(raw: list[dict], source: bytes) -> Iterable[CodeFix]:
        place = utf16_to_bytes(source)
        newline = "\r\n" if b"\r\n" in source[: source.find(b"\n") + 1] else "\n"
        for fix in raw:
            try:
                changes = [Change(place(c["start"]), place(c["start"] + c["length"]),
                                  c["newText"].replace("\n", newline) if newline != "\n" else c["newText"])
                           for c in fix["changes"]]
                start, end = place(fix["start"]), place(fix["start"] + fix["length"])
            except KeyError:  # a position inside a character: not ours to apply
                continue
            yield CodeFix(fix["code"], start, end, fix["message"], fix["fixName"], fix.get("description", ""),
                          changes, bool(fix.get("otherFiles")), fix.get("target"))

    @property
    def failure(self) -> str | None:
        return self.session.failure
