"""Turning results into what people read: summaries and findings as text (machine formats:
:mod:`codemods.formats`)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from codemods.core.edits import Safety
from codemods.core.engine import FileResult, Status


def summary_lines(results: Iterable[FileResult], verb: str = "changed") -> list[str]:
    """A short summary: files per status, fixes per transform with their safety, and each skipped or
    failed file."""
    results = list(results)
    counts = Counter(r.status for r in results)
    per_transform = Counter(d.transform for r in results for d in r.applied)
    per_safety = Counter((d.transform, d.safety) for r in results for d in r.applied)
    lines = [
        f"{len(results)} file(s): {counts[Status.CHANGED]} {verb}, {counts[Status.UNCHANGED]} unchanged, "
        f"{counts[Status.SKIPPED]} skipped, {counts[Status.FAILED]} failed"
    ]
    for transform, n in sorted(per_transform.items()):
        safeties = [f"{per_safety[transform, s]} {s.value}" for s in Safety if per_safety[transform, s]]
        lines.append(f"  {transform}: {n} fix(es) ({', '.join(safeties)})")
    for r in results:
        if r.status is Status.SKIPPED:
            lines.append(f"skipped {r.path}: {r.reason}")
        for error in r.errors:
            lines.append(f"error {r.path}: {error}" if not error.startswith(r.path) else f"error {error}")
        for d in r.dropped:
            lines.append(f"dropped {r.path}:{d.line}:{d.column}: [{d.transform}] {d.message} (its result did not parse)")
        if r.not_converged:
            lines.append(f"did not converge {r.path}: {', '.join(r.not_converged)}")
    left_out = Counter(why for r in results for why in r.left_out)
    for why, n in sorted(left_out.items()):
        lines.append(f"left alone in {n} file(s): {why}")
    return lines


def findings_text(results: Iterable[FileResult]) -> list[str]:
    lines = []
    for r in results:
        for d in sorted(r.remaining, key=lambda d: (d.line, d.column)):
            tag = f" [fix: {d.safety.value}]" if d.fixable and d.safety else ""
            lines.append(f"{r.path}:{d.line}:{d.column}: {d.transform}: {d.message}{tag}")
    return lines
