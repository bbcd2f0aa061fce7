"""Unified diffs that ``git apply`` and ``patch -p1`` accept, byte for byte."""
from __future__ import annotations

import difflib
import re

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(path: str, before: bytes, after: bytes, context: int = 3) -> str:
    """The diff of one file with ``a/`` and ``b/`` prefixes; empty when nothing changed.

    Lines keep their own endings (CRLF stays CRLF in the patch) and a last line without a newline
    is marked with ``\\ No newline at end of file`` as git writes it.
    """
    if before == after:
        return ""
    old = split_lines(before)
    new = split_lines(after)
    out = []
    for line in difflib.unified_diff(old, new, f"a/{path}", f"b/{path}", n=context):
        if line.startswith(("--- ", "+++ ")):
            out.append(line.rstrip("\n") + "\n")
        elif line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + NO_NEWLINE)
    return "".join(out)


def split_lines(data: bytes) -> list[str]:
    """Decoded lines, each with its ending, split at ``\\n`` only as patch tools count them
    (``str.splitlines`` also splits at form feeds and Unicode separators)."""
    return re.findall(r"[^\n]*\n|[^\n]+", data.decode("utf-8", "surrogateescape"))
