"""Unified diffs that ``git apply`` and ``patch -p1`` accept, byte for byte."""
from __future__ import annotations

import bisect
import difflib
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
    old, new = split_lines(before), split_lines(after)
    out = []
    for group in _matcher(old, new).get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += (_ended(" " + line) for line in old[i1:i2])
                continue
            if tag in ("replace", "delete"):
                out += (_ended("-" + line) for line in old[i1:i2])
            if tag in ("replace", "insert"):
                out += (_ended("+" + line) for line in new[j1:j2])
    return "".join(out)


def _ended(line: str) -> str:
    return line if line.endswith("\n") else line + "\n" + NO_NEWLINE


def _range(start: int, stop: int) -> str:
    """A hunk header's range as ``difflib`` and git write it (``3,0`` for an empty one after line 3)."""
    length = stop - start
    begin = start + 1 if length else start
    return str(begin) if length == 1 else f"{begin},{length}"


#: Above this many lines (both sides together) the lines met exactly once on each side anchor the
#: diff first (patience diffing), and difflib matches only the runs between anchors. difflib alone
#: is quadratic in the lines that repeat (a file of one stack written many times: about 10 s for
#: 1 MB); smaller files keep difflib's own diff.
ANCHOR_ABOVE = 4000


def _matcher(old: list[str], new: list[str]) -> difflib.SequenceMatcher:
    matcher = difflib.SequenceMatcher(None, old, new)
    if len(old) + len(new) > ANCHOR_ABOVE:
        matcher.opcodes = _anchored_opcodes(old, new)  # what get_opcodes() returns once computed
    return matcher


def _anchored_opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    codes: list[tuple[str, int, int, int, int]] = []

    def add(tag: str, i1: int, i2: int, j1: int, j2: int) -> None:
        if codes and tag == "equal" and codes[-1][0] == "equal":
            codes[-1] = ("equal", codes[-1][1], i2, codes[-1][3], j2)
        else:
            codes.append((tag, i1, i2, j1, j2))

    i = j = 0
    for anchor_i, anchor_j in [*_anchors(old, new), (len(old), len(new))]:
        between = difflib.SequenceMatcher(None, old[i:anchor_i], new[j:anchor_j])
        for tag, i1, i2, j1, j2 in between.get_opcodes():
            add(tag, i + i1, i + i2, j + j1, j + j2)
        if anchor_i < len(old):
            add("equal", anchor_i, anchor_i + 1, anchor_j, anchor_j + 1)
        i, j = anchor_i + 1, anchor_j + 1
    return codes


def _anchors(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of lines that occur once in ``old`` and once in ``new``, equal, in the longest
    run increasing on both sides (patience sorting)."""
    once_old = _positions_of_unique(old)
    once_new = _positions_of_unique(new)
    pairs = [(i, once_new[line]) for line, i in once_old.items() if line in once_new]
    pairs.sort()
    tails: list[int] = []  # index into pairs of the smallest tail of each length
    previous: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j, key=lambda t: pairs[t][1])
        if length:
            previous[k] = tails[length - 1]
        if length == len(tails):
            tails.append(k)
        else:
            tails[length] = k
    chain, k = [], tails[-1] if tails else -1
    while k >= 0:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def _positions_of_unique(lines: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    repeated: set[str] = set()
    for index, line in enumerate(lines):
        if line in seen:
            repeated.add(line)
        else:
            seen[line] = index
    return {line: index for line, index in seen.items() if line not in repeated}


def with_header(path: str, file_hunks: str) -> str:
    """``file_hunks`` (see :func:`hunks`) under the ``--- a/path`` / ``+++ b/path`` header."""
    return f"--- a/{path}\n+++ b/{path}\n{file_hunks}" if file_hunks else ""


def split_lines(data: bytes) -> list[str]:
    """Decoded lines, each with its ending, split at ``\\n`` only as patch tools count them
    (``str.splitlines`` also splits at form feeds and Unicode separators)."""
    return re.findall(r"[^\n]*\n|[^\n]+", data.decode("utf-8", "surrogateescape"))
