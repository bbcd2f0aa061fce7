"""Line arithmetic on a file's bytes, shared by every language's helpers."""
from __future__ import annotations


def line_start(source: bytes, offset: int) -> int:
    return source.rfind(b"\n", 0, offset) + 1


def indentation_at(source: bytes, offset: int) -> str:
    """The whitespace that starts the line holding ``offset``."""
    start = line_start(source, offset)
    end = start
    while end < len(source) and source[end : end + 1] in (b" ", b"\t"):
        end += 1
    return source[start:end].decode("utf-8")


def line_end(source: bytes, offset: int) -> int:
    """Offset just past the newline ending the line that holds ``offset`` (or end of text)."""
    end = source.find(b"\n", offset)
    return len(source) if end < 0 else end + 1
