"""Suppression comments: keep findings, and so their fixes, away from a line or a whole file.

    // codemod-ignore                          every transform, on the next line
    // codemod-ignore: kms-key-arn, scalar-types   only these transforms, on the next line
    new S3Bucket(this, "logs", {  // codemod-ignore   a trailing comment: its own line
    // codemod-ignore-file: bucket-encryption  among the comments at the top: the whole file

A finding is suppressed when a comment covers the line where it starts. Python files use ``#``.
A reason may follow the ids after `` -- ``. ``codemod check`` reports suppressions that suppress
nothing, so that stale ones do not pile up.
"""
from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import typescript
from .edits import Finding
from .source import SourceFile

UNUSED = "unused-suppression"
MARKER = b"codemod-ignore"
_DIRECTIVE = re.compile(r"codemod-ignore(?P<file>-file)?(?:\s*:\s*(?P<ids>[^\s,][^,]*(?:,[^,]*)*))?")
_NOT_CODE_TS = ("comment", "hash_bang_line")


@dataclass
class Suppression:
    """One directive comment and what it suppressed in this run."""

    start: int  # byte span of the comment
    end: int
    line: int | None  # 0-based line it covers; None for the whole file
    ids: frozenset[str]  # empty: every transform
    misplaced: bool = False  # a file-level form below the first line of code
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding, line: int) -> bool:
        if self.misplaced or (self.ids and finding.transform not in self.ids):
            return False
        return self.line is None or self.line == line

    @property
    def spelling(self) -> str:
        form = "codemod-ignore-file" if self.line is None else "codemod-ignore"
        return f"{form}: {', '.join(sorted(self.ids))}" if self.ids else form


class Suppressions:
    """The directives of one version of a file; :meth:`screen` drops the findings they cover."""

    def __init__(self, source: SourceFile, items: list[Suppression]) -> None:
        self.source = source
        self.items = items

    @classmethod
    def of(cls, source: SourceFile, tree: Any) -> "Suppressions":
        if MARKER not in source.text:
            return cls(source, [])
        if source.language == "python":
            comments = _python_comments(source.text)
        else:
            comments = _typescript_comments(source.language, tree)
        return cls(source, [s for s in (_suppression(source.text, *c) for c in comments) if s])

    def screen(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings no directive covers; the others are remembered as what each directive used."""
        kept = []
        for finding in findings:
            line = self.source.text.count(b"\n", 0, finding.start)
            covering = [s for s in self.items if s.covers(finding, line)]
            for suppression in covering:
                suppression.used.add(finding.transform)
            if not covering:
                kept.append(finding)
        return kept

    def unused(self, ran: Iterable[str]) -> list[Finding]:
        """Findings for directives that suppressed nothing, judged only for transforms that ran.

        A directive for every transform is judged only when every transform for the language ran.
        """
        from transforms import all_transforms

        ran = set(ran)
        known = {t.id for t in all_transforms()}
        for_language = {t.id for t in all_transforms() if self.source.language in t.languages}
        reports = []
        for item in self.items:
            for message in _problems(item, ran, known, for_language <= ran):
                reports.append(Finding(UNUSED, f"`{item.spelling}` {message}", item.start, item.end))
        return reports


def _problems(item: Suppression, ran: set[str], known: set[str], complete: bool) -> list[str]:
    if item.misplaced:
        return ["has no effect: a file-level suppression must be among the comments at the top of the file"]
    where = "in this file" if item.line is None else f"on line {item.line + 1}"
    if not item.ids:
        return [f"suppresses nothing: no finding {where}"] if complete and not item.used else []
    problems = [f"names an unknown transform id: {tid}" for tid in sorted(item.ids - known)]
    problems += [f"suppresses nothing: no {tid} finding {where}" for tid in sorted(item.ids & ran - item.used)]
    return problems


def _suppression(text: bytes, start: int, end: int, body: str, leading: bool) -> Suppression | None:
    directive = body.split(" --", 1)[0].strip()
    match = _DIRECTIVE.fullmatch(directive)
    if match is None:
        return None
    ids = frozenset(part.strip() for part in (match["ids"] or "").split(",") if part.strip())
    if match["file"]:
        return Suppression(start, end, None, ids, misplaced=not leading)
    line_start = text.rfind(b"\n", 0, start) + 1
    alone = not text[line_start:start].strip()
    line = text.count(b"\n", 0, end) + 1 if alone else text.count(b"\n", 0, start)
    return Suppression(start, end, line, ids)


def _typescript_comments(language: str, tree: Any) -> list[tuple[int, int, str, bool]]:
    """(start, end, text inside the delimiters, among the leading comments) of each comment."""
    root = tree.root_node
    first_code = next((c.start_byte for c in root.named_children if c.type not in _NOT_CODE_TS), None)
    found = []
    for node in typescript.captures(language, "(comment) @comment", root).get("comment", []):
        raw = typescript.text(node)
        body = raw[2:-2] if raw.startswith("/*") else raw[2:]
        leading = first_code is None or node.start_byte < first_code
        found.append((node.start_byte, node.end_byte, body, leading))
    return found


def _python_comments(text: bytes) -> list[tuple[int, int, str, bool]]:
    line_starts = [0] + [m.end() for m in re.finditer(rb"\n", text)]
    found = []
    seen_code = False
    try:
        for token in tokenize.tokenize(io.BytesIO(text).readline):
            if token.type == tokenize.COMMENT:
                row, col = token.start
                start = line_starts[row - 1] + len(token.line[:col].encode("utf-8"))
                end = start + len(token.string.encode("utf-8"))
                found.append((start, end, token.string[1:], not seen_code))
            elif token.type not in (tokenize.ENCODING, tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER):
                seen_code = True
    except (tokenize.TokenError, SyntaxError):
        pass
    return found
