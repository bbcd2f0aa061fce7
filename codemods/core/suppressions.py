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

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from codemods.core import languages
from codemods.core.edits import Finding
from codemods.core.source import SourceFile

UNUSED = "unused-suppression"
MARKER = b"codemod-ignore"
_DIRECTIVE = re.compile(r"codemod-ignore(?P<file>-file)?(?:\s*:\s*(?P<ids>[^\s,][^,]*(?:,[^,]*)*))?")


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
    def of(cls, source: SourceFile, tree: Any, aliases: dict[str, str] | None = None) -> "Suppressions":
        """The directives of a file; ``aliases`` maps former transform ids to the current ones."""
        if MARKER not in source.text:
            return cls(source, [])
        comments = languages.comments(source.language, tree, source.text)
        return cls(source, [s for s in (_suppression(source.text, *c, aliases or {}) for c in comments) if s])

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

    def unused(self, ran: Iterable[str], registry: Iterable[Any]) -> list[Finding]:
        """Findings for directives that suppressed nothing, judged only for transforms that ran.

        ``registry`` is every transform the run knows (ids unknown to it are reported). A directive
        for every transform is judged only when every transform for the language ran.
        """
        ran = set(ran)
        registry = list(registry)
        known = {t.id for t in registry} | {a for t in registry for a in getattr(t, "aliases", ())}
        for_language = {t.id for t in registry if self.source.language in t.languages}
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


def _suppression(text: bytes, start: int, end: int, body: str, leading: bool,
                 aliases: dict[str, str]) -> Suppression | None:
    directive = body.split(" --", 1)[0].strip()
    match = _DIRECTIVE.fullmatch(directive)
    if match is None:
        return None
    ids = frozenset(aliases.get(p, p) for p in (part.strip() for part in (match["ids"] or "").split(",")) if p)
    if match["file"]:
        return Suppression(start, end, None, ids, misplaced=not leading)
    line_start = text.rfind(b"\n", 0, start) + 1
    alone = not text[line_start:start].strip()
    line = text.count(b"\n", 0, end) + 1 if alone else text.count(b"\n", 0, start)
    return Suppression(start, end, line, ids)
