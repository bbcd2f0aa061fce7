"""Interactive review (``codemod apply -i``): each fix is shown as its own hunk and asked about.

Fixes are applied one at a time, in source order: the hunk shown is the diff of applying just that
fix to the file as it is after the fixes accepted so far. "n" leaves the fix out (the file keeps
those bytes), "a" accepts it and every fix after it, "q" stops: fixes accepted before are kept, the
rest are left out. After each accepted fix the file is checked again, so fixes that only appear
once another is in are asked about too. The question is a function, so tests answer it.
"""
from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.prompt import Prompt
from rich.text import Text

from codemods.core import languages
from codemods.core.edits import Finding, FindingKey, apply_fixes
from codemods.core.engine import (
    Diagnostic,
    FileResult,
    RunConfig,
    Status,
    diagnostic_of,
    findings_of,
)
from codemods.core.files import discover, display_path
from codemods.core.project import Project
from codemods.core.source import SourceError, SourceFile
from codemods.review.diff import unified_diff


class Answer(str, enum.Enum):
    YES = "y"
    NO = "n"
    ALL = "a"
    QUIT = "q"


@dataclass(frozen=True)
class Proposal:
    """One fix put to the reviewer: where, what, and the hunk of applying only it."""

    path: str
    diagnostic: Diagnostic
    hunk: str


Ask = Callable[[Proposal], Answer]
_DIFF_STYLES = {"+": "green", "-": "red", "@": "cyan"}


class Review:
    """One review session over any number of files; "all" and "quit" carry over to later files."""

    def __init__(self, config: RunConfig, ask: Ask) -> None:
        self.config = config
        self.ask = ask
        self.accept_all = False
        self.stopped = False

    def file(self, path: str, raw: bytes, project: Any = None, display: str | None = None) -> FileResult:
        """Review one file's fixes; the result's ``fixed`` holds only the accepted ones.

        ``path`` is the file's name in ``project``; ``display`` the name shown and reported.
        """
        shown = display or path
        try:
            source = SourceFile.from_bytes(path, raw)
        except SourceError as exc:
            return FileResult(shown, Status.SKIPPED, raw, raw, reason=str(exc))
        tree, problems = languages.try_parse(source.language, source.text)
        if tree is None:
            return FileResult(shown, Status.SKIPPED, raw, raw, reason="does not parse")
        result = FileResult(shown, Status.UNCHANGED, raw, raw)
        declined: set[FindingKey] = set()
        budget: int | None = None  # a cap on questions, against transforms that never settle
        while not self.stopped:
            findings, errors = findings_of(source, tree, self.config, project)
            result.errors = list(dict.fromkeys(result.errors + errors))
            candidates = sorted((f for f in findings if self.config.wants(f) and f.key not in declined),
                                key=lambda f: (f.start, f.fix.edits[0].start))
            budget = self.config.max_passes * (len(candidates) + 1) if budget is None else budget - 1
            if not candidates or budget <= 0:
                result.not_converged = sorted({f.transform for f in candidates})
                break
            finding = candidates[0]
            step = self._try(source, problems, finding)
            if step is None:  # the fix alone makes the file parse worse: never offered
                result.dropped.append(diagnostic_of(source, finding))
                declined.add(finding.key)
                continue
            fixed, fixed_tree, fixed_problems = step
            answer = self._answer(source, fixed, finding, shown)
            if answer is Answer.QUIT:
                self.stopped = True
            elif answer is Answer.NO:
                declined.add(finding.key)
                result.remaining.append(diagnostic_of(source, finding))
            else:
                result.applied.append(diagnostic_of(source, finding))
                source, tree, problems = fixed, fixed_tree, fixed_problems
        result.fixed = source.to_bytes()
        if result.fixed != result.original:
            result.status = Status.CHANGED
        return result

    def _try(self, source: SourceFile, problems: int, finding: Finding):
        outcome = apply_fixes(source.text, [finding], source.newline)
        tree, new_problems = languages.try_parse(source.language, outcome.text)
        if new_problems > problems:
            return None
        return source.with_text(outcome.text), tree, new_problems

    def _answer(self, source: SourceFile, fixed: SourceFile, finding: Finding, shown: str) -> Answer:
        if self.accept_all:
            return Answer.YES
        hunk = unified_diff(shown, source.to_bytes(), fixed.to_bytes())
        answer = self.ask(Proposal(shown, diagnostic_of(source, finding), hunk))
        if answer is Answer.ALL:
            self.accept_all = True
        return answer


def review_paths(paths: Iterable[str | Path], config: RunConfig, ask: Ask) -> list[FileResult]:
    """Review every source file under ``paths`` in turn, until the reviewer quits; nothing is written."""
    targets = list(discover(list(paths)))
    project = Project([str(t.path) for t in targets if t.error is None])
    review = Review(config, ask)
    results = []
    for target in targets:
        if review.stopped:
            break
        shown = display_path(target.path)
        if target.error is not None:
            results.append(FileResult(shown, Status.FAILED, errors=[f"{shown}: {target.error}"], reason=target.error))
            continue
        try:
            raw = target.path.read_bytes()
        except OSError as exc:
            results.append(FileResult(shown, Status.FAILED, errors=[f"cannot read: {exc.strerror}"]))
            continue
        results.append(review.file(str(target.path), raw, project, shown))
    return results


def console_ask(console: Console) -> Ask:
    """The question on a terminal: the fix's place, transform, safety and hunk, then y/n/a/q."""

    def ask(proposal: Proposal) -> Answer:
        d = proposal.diagnostic
        console.rule(f"{proposal.path}:{d.line}:{d.column}", align="left")
        safety = d.safety.value if d.safety else "report only"
        console.print(f"[bold]{d.transform}[/bold] ({safety}): {escape(d.message)}", highlight=False)
        for line in proposal.hunk.splitlines():
            style = "bold" if line.startswith(("--- ", "+++ ")) else _DIFF_STYLES.get(line[:1], "")
            console.print(Text(line, style=style), soft_wrap=True)
        choice = Prompt.ask(escape("Apply this fix? [y]es, [n]o, [a]ll remaining, [q]uit"), console=console,
                            choices=[a.value for a in Answer], default=Answer.YES.value, show_choices=False)
        return Answer(choice)

    return ask
