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
    errors_before: Counter = field(default_factory=Counter)  # TS code (Python: pyright rule) -> errors
    errors_after: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)  # verified samples per language
    unverified: Counter = field(default_factory=Counter)  # why a sample with code was not verified
    synthesized: int = 0  # samples whose synthesis was run
    synth_before: int = 0
    synth_after: int = 0
    synth_failures_before: Counter = field(default_factory=Counter)  # failure class -> samples
    synth_failures_after: Counter = field(default_factory=Counter)
    scanned: int = 0  # samples whose scan was run
    checks_before: list = field(default_factory=lambda: [0, 0])  # [failed checks, synthesized samples scanned]
    checks_after: list = field(default_factory=lambda: [0, 0])

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
        if verify and verify.get("reason"):
            self.unverified[verify["reason"]] += 1
        if verify and verify.get("before") is not None:
            self.verified += 1
            self.languages[verify.get("language", "typescript")] += 1
            self.clean_before += verify["before"]["clean"]
            self.clean_after += verify["after"]["clean"]
            self.errors_before.update(verify["before"]["codes"])
            self.errors_after.update(verify["after"]["codes"])
            self._add_ladder(verify)

    def _add_ladder(self, verify: dict) -> None:
        synth = verify.get("synth")
        if synth:
            self.synthesized += 1
            for side, ok, failures in (("before", "synth_before", self.synth_failures_before),
                                       ("after", "synth_after", self.synth_failures_after)):
                result = synth[side] or {}
                if result.get("status") == "ok":
                    setattr(self, ok, getattr(self, ok) + 1)
                else:
                    failures[result.get("kind") or "not run"] += 1
        scan = verify.get("scan")
        if scan:
            self.scanned += 1
            for side, totals in (("before", self.checks_before), ("after", self.checks_after)):
                result = scan[side]
                if result and not result.get("error"):
                    totals[0] += result["failed"]
                    totals[1] += 1

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
        out += [f"not verified: {n} sample(s): {reason}" for reason, n in self.unverified.most_common()]
        if self.failure_count:
            out.append(f"{self.failure_count} sample(s) with errors:")
            out += [f"  {sample}: {message}" for sample, message in self.failures]
            if self.failure_count > len(self.failures):
                out.append(f"  ... and {self.failure_count - len(self.failures)} more (see the report)")
        return out

    def _verification_lines(self) -> list[str]:
        languages = ", ".join(f"{n} {language}" for language, n in sorted(self.languages.items()))
        checker = "tsc" if set(self.languages) <= {"typescript"} else "type"
        out = [
            f"compile-clean: before {_rate(self.clean_before, self.verified)}, "
            f"after {_rate(self.clean_after, self.verified)} (of {self.verified} sample(s) with code to check: "
            f"{languages})",
            f"  {checker} errors before: {sum(self.errors_before.values())} ({_top(self.errors_before)})",
            f"  {checker} errors after:  {sum(self.errors_after.values())} ({_top(self.errors_after)})",
        ]
        if self.synthesized:
            out += [f"synthesize: before {_rate(self.synth_before, self.synthesized)}, "
                    f"after {_rate(self.synth_after, self.synthesized)}",
                    f"  synth failures before: {_top(self.synth_failures_before)}",
                    f"  synth failures after:  {_top(self.synth_failures_after)}"]
        if self.scanned:
            out.append(f"failed checkov checks per synthesized sample: before {_mean(self.checks_before)}, "
                       f"after {_mean(self.checks_after)}")
        return out


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)"


def _mean(totals: list) -> str:
    failed, samples = totals
    return f"{failed / samples:.1f} ({failed} in {samples} sample(s))" if samples else "none scanned"


def _top(codes: Counter) -> str:
    return ", ".join(f"{code} x{n}" for code, n in codes.most_common(MAX_LISTED_CODES)) or "none"


def summarize(report: Path) -> Summary:
    summary = Summary()
    with report.open("rb") as handle:
        for line in handle:
            summary.add(json.loads(line))
    return summary
