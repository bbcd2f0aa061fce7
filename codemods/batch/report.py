"""The summary of a batch, read back from its report (so a resumed batch sums up all its runs).

The report is read a line at a time; only counters are kept, so summing a report of any size
takes constant memory.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from codemods.batch.markdown import DRAFT, EXCERPT, FILE, SUPERSEDED, TRUNCATED

MAX_LISTED_FAILURES = 20
MAX_LISTED_CODES = 8


@dataclass
class Summary:
    samples: int = 0
    statuses: Counter = field(default_factory=Counter)
    transforms: Counter = field(default_factory=Counter)
    blocks: Counter = field(default_factory=Counter)  # how many code blocks were in each state
    failures: list[tuple[str, str]] = field(default_factory=list)
    failure_count: int = 0
    verified: int = 0
    clean_before: int = 0
    clean_after: int = 0
    errors_before: Counter = field(default_factory=Counter)  # TS code -> errors
    errors_after: Counter = field(default_factory=Counter)

    def add(self, record: dict) -> None:
        self.samples += 1
        self.statuses[record["status"]] += 1
        self.transforms.update(record.get("transforms", {}))
        self.blocks.update(f["state"] for f in record.get("files", []) if "state" in f)
        problems = record.get("errors") or []
        if record["status"] == "failed" or problems:
            self.failure_count += 1
            if len(self.failures) < MAX_LISTED_FAILURES:
                self.failures.append((record["id"], problems[0] if problems else record.get("reason", "")))
        verify = record.get("verify")
        if verify and verify.get("before") is not None:
            self.verified += 1
            self.clean_before += verify["before"]["clean"]
            self.clean_after += verify["after"]["clean"]
            self.errors_before.update(verify["before"]["codes"])
            self.errors_after.update(verify["after"]["codes"])

    def lines(self) -> list[str]:
        s = self.statuses
        out = [f"{self.samples} sample(s): {s['changed']} changed, {s['unchanged']} unchanged, "
               f"{s['skipped']} skipped, {s['failed']} failed"]
        if self.blocks:
            out.append(f"code blocks: {self.blocks[FILE]} fixed as files; left alone: {self.blocks[DRAFT]} drafts, "
                       f"{self.blocks[SUPERSEDED]} superseded, {self.blocks[EXCERPT]} excerpts, "
                       f"{self.blocks[TRUNCATED]} truncated")
        out += [f"  {transform}: {n} fix(es)" for transform, n in sorted(self.transforms.items())]
        if self.verified:
            out += self._verification_lines()
        if self.failure_count:
            out.append(f"{self.failure_count} sample(s) with errors:")
            out += [f"  {sample}: {message}" for sample, message in self.failures]
            if self.failure_count > len(self.failures):
                out.append(f"  ... and {self.failure_count - len(self.failures)} more (see the report)")
        return out

    def _verification_lines(self) -> list[str]:
        return [
            f"compile-clean: before {_rate(self.clean_before, self.verified)}, "
            f"after {_rate(self.clean_after, self.verified)} (of {self.verified} sample(s) with TypeScript to check)",
            f"  tsc errors before: {sum(self.errors_before.values())} ({_top(self.errors_before)})",
            f"  tsc errors after:  {sum(self.errors_after.values())} ({_top(self.errors_after)})",
        ]


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)"


def _top(codes: Counter) -> str:
    return ", ".join(f"{code} x{n}" for code, n in codes.most_common(MAX_LISTED_CODES)) or "none"


def summarize(report: Path) -> Summary:
    summary = Summary()
    with report.open("rb") as handle:
        for line in handle:
            summary.add(json.loads(line))
    return summary
