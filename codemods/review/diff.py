"""Unified diffs that ``git apply`` and ``patch -p1`` accept, byte for byte."""
from __future__ import annotations

import difflib
import itertools
import re

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(path: str, before: bytes, after: bytes, context: int = 3) -> str:
    """The diff of one file with ``a/`` and ``b/`` prefixes; empty when nothing changed.

    Lines keep their own endings (CRLF stays CRLF in the patch) and a last line without a newline
    is marked with ``\\ No newline at end of file`` as git writes it.
    """
    return with_header(path, hunks(before, after, context))


def hunks(before: bytes, after: bytes, context: int = 3) -> str:
    """The hunks of :func:`unified_diff` without the file header: they do not depend on the path,
    so a result cache can keep them with the result (rendering is most of a cached run)."""
    if before == after:
        return ""
    out = []
    lines = difflib.unified_diff(split_lines(before), split_lines(after), n=context)
    for line in itertools.islice(lines, 2, None):  # the header, written by with_header
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + NO_NEWLINE)
    return "".join(out)


def with_header(path: str, file_hunks: str) -> str:
    """``file_hunks`` (see :func:`hunks`) under the ``--- a/path`` / ``+++ b/path`` header."""
    return f"--- a/{path}\n+++ b/{path}\n{file_hunks}" if file_hunks else ""


def split_lines(data: bytes) -> list[str]:
    """Decoded lines, each with its ending, split at ``\\n`` only as patch tools count them
    (``str.splitlines`` also splits at form feeds and Unicode separators)."""
    return re.findall(r"[^\n]*\n|[^\n]+", data.decode("utf-8", "surrogateescape"))
