"""Source files as the engine sees them: decoded once, with the bytes that must survive kept aside.

A UTF-8 byte order mark is split off before parsing and put back on output, so byte offsets in
edits never count it. The newline style is detected so inserted lines follow it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import PurePath

BOM = b"\xef\xbb\xbf"

LANGUAGES = {".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "tsx", ".py": "python"}


class SourceError(Exception):
    """The file cannot be treated as source text (binary, not UTF-8, unknown kind)."""


def language_of(path: str | PurePath) -> str | None:
    """``typescript``, ``tsx`` or ``python`` by file extension; ``.d.ts`` declarations are not ours."""
    name = str(path)
    if name.endswith(".d.ts"):
        return None
    return LANGUAGES.get(PurePath(name).suffix.lower())


@dataclass
class SourceFile:
    """One file's text (without BOM) plus what is needed to write it back byte for byte."""

    path: str
    language: str
    text: bytes
    bom: bytes = b""

    @classmethod
    def from_bytes(cls, path: str, raw: bytes, language: str | None = None) -> "SourceFile":
        language = language or language_of(path)
        if language is None:
            raise SourceError("not a TypeScript or Python source file")
        if b"\x00" in raw:
            raise SourceError("binary file (contains NUL bytes)")
        bom = BOM if raw.startswith(BOM) else b""
        text = raw[len(bom) :]
        try:
            text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SourceError(f"not UTF-8 text (byte {exc.start + len(bom)})") from None
        return cls(path, language, text, bom)

    @property
    def newline(self) -> str:
        """``\\r\\n`` when the file's first line ends so, else ``\\n``."""
        first = self.text.find(b"\n")
        return "\r\n" if first > 0 and self.text[first - 1 : first] == b"\r" else "\n"

    def with_text(self, text: bytes) -> "SourceFile":
        return SourceFile(self.path, self.language, text, self.bom)

    def to_bytes(self) -> bytes:
        return self.bom + self.text

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a byte offset."""
        starts = self._line_starts
        line = bisect.bisect_right(starts, offset)
        start = starts[line - 1]
        return line, len(self.text[start:offset].decode("utf-8", "replace")) + 1

    @property
    def _line_starts(self) -> list[int]:
        """The byte offset of each line's start, computed once per text."""
        cached = self.__dict__.get("_starts")
        if cached is None or cached[0] is not self.text:
            cached = (self.text, [0] + [m.end() for m in re.finditer(b"\n", self.text)])
            self.__dict__["_starts"] = cached
        return cached[1]
