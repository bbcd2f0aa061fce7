"""The edit model: byte-range edits, fixes that group them, and findings that carry a fix.

Transforms never write files. They propose :class:`Finding` objects; a finding may carry a
:class:`Fix`, which is a tuple of :class:`Edit` (byte ranges in the file's text, without a BOM).
The engine decides which fixes are applied together (:func:`apply_fixes`).
"""
from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field


class Safety(str, enum.Enum):
    """How much a fix may change the deployed infrastructure."""

    SAFE = "safe"  # repairs code; the same infrastructure is described
    IDEAL = "ideal"  # changes the infrastructure towards the catalog's ideal form, destroying nothing
    DISPOSABLE = "disposable"  # what a throw-away test stack needs: may replace a resource or let it lose data
    OPINIONATED = "ideal"  # the former name of IDEAL


#: The fix profiles: each is the set of safeties it applies.
PROFILES = {"safe": Safety.SAFE, "ideal": Safety.IDEAL, "disposable": Safety.DISPOSABLE, "opinionated": Safety.IDEAL}
#: What ``apply``, ``diff`` and ``check`` fix unless told otherwise: nothing that destroys data.
DEFAULT_PROFILES = frozenset({Safety.SAFE, Safety.IDEAL})
#: What ``batch`` fixes by default: model output deployed as a throw-away test stack.
ALL_PROFILES = frozenset(Safety)


def parse_profiles(text: str) -> frozenset[Safety]:
    """``"safe,ideal"`` (or ``"all"``) as the safeties those profiles apply; ValueError names a bad one."""
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    if names == ["all"]:
        return ALL_PROFILES
    unknown = [n for n in names if n not in PROFILES]
    if unknown or not names:
        raise ValueError(f"unknown fix profile {', '.join(unknown) or repr(text)} (expected safe, ideal, disposable or all)")
    return frozenset(PROFILES[n] for n in names)


@dataclass(frozen=True, order=True)
class Edit:
    """Replace bytes ``start:end`` of the text with ``text`` (``start == end`` inserts)."""

    start: int
    end: int
    text: str = ""

    def overlaps(self, other: "Edit") -> bool:
        """Whether applying both edits is ambiguous. Touching ranges do not overlap."""
        if self == other:
            return False
        if self.start == self.end and other.start == other.end:
            return self.start == other.start
        if self.start == self.end:
            return other.start < self.start < other.end
        if other.start == other.end:
            return self.start < other.start < self.end
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Fix:
    """Edits that must be applied together, or not at all."""

    edits: tuple[Edit, ...]
    safety: Safety = Safety.SAFE

    def __post_init__(self) -> None:
        object.__setattr__(self, "edits", tuple(sorted(set(self.edits))))


#: What identifies a finding from one pass to the next: (transform id, node kind, the source
#: text of its span, its ordinal among the findings of that transform with that kind and text in
#: file order). Messages may change wording; the key does not.
FindingKey = tuple[str, str, bytes, int]


@dataclass(frozen=True)
class Finding:
    """A problem a transform found at bytes ``start:end``, with a fix when it knows one.

    ``key`` is set by :meth:`~codemods.core.transform.Context.finding` (see :data:`FindingKey`);
    it takes no part in comparisons.
    """

    transform: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    key: FindingKey | None = field(default=None, compare=False)


@dataclass
class ApplyOutcome:
    """What :func:`apply_fixes` did: the new text and which findings' fixes went in or waited."""

    text: bytes
    applied: list[Finding] = field(default_factory=list)
    deferred: list[Finding] = field(default_factory=list)


def apply_fixes(text: bytes, findings: list[Finding], newline: str = "\n",
                zones: tuple[tuple[int, int], ...] = ()) -> ApplyOutcome:
    """Apply every fix that does not overlap one already taken; the others wait for a later pass.

    Fixes are taken in source order. An edit identical to one already taken is shared, so two fixes
    that add the same import line do not conflict. ``zones`` are byte spans (the file's imports)
    where two fixes conflict when they make different edits anywhere inside, even far apart: two
    transforms adding the same import in two places would otherwise both succeed (all the zones count
    as one: a file of several concatenated modules has several runs of imports). Inserted ``\n``
    becomes ``newline`` so that CRLF files stay CRLF.
    """
    outcome = ApplyOutcome(text)
    taken: list[Edit] = []
    taken_set: set[Edit] = set()
    spans = _Spans()  # the taken edits, for overlap tests that do not scan them all
    in_zones = _zone_test(zones)
    taken_in_zones: set[Edit] = set()  # all the zones count as one import block
    for finding in sorted(
        (f for f in findings if f.fix and f.fix.edits), key=lambda f: (f.fix.edits[0].start, f.start)
    ):
        edits = finding.fix.edits
        mine = {e for e in edits if in_zones(e.start)}
        zone_conflict = bool(mine) and bool(taken_in_zones) and not mine <= taken_in_zones
        if zone_conflict or any(spans.overlaps(e) for e in edits):
            outcome.deferred.append(finding)
            continue
        fresh = [e for e in edits if e not in taken_set]
        taken.extend(fresh)
        taken_set.update(fresh)
        spans.add(fresh)
        taken_in_zones |= mine
        outcome.applied.append(finding)
    outcome.text = splice(text, taken, newline)
    return outcome


class _Spans:
    """Edits kept sorted by start, so that the edits a new one may overlap are found by bisection:
    they start between its start less the longest edit's length and its end."""

    def __init__(self) -> None:
        self.sorted: list[tuple[int, int, Edit]] = []
        self.longest = 0

    def add(self, edits: list[Edit]) -> None:
        for edit in edits:
            bisect.insort(self.sorted, (edit.start, edit.end, edit))
            self.longest = max(self.longest, edit.end - edit.start)

    def overlaps(self, edit: Edit) -> bool:
        lo = bisect.bisect_left(self.sorted, (edit.start - self.longest,))
        hi = bisect.bisect_right(self.sorted, (edit.end, float("inf")))
        return any(edit.overlaps(other) for _, _, other in self.sorted[lo:hi])


def _zone_test(zones: tuple[tuple[int, int], ...]):
    """Whether an offset lies in one of ``zones`` (inclusive spans, in file order)."""
    starts = [start for start, _ in zones]

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset <= zones[i][1]

    return inside


def merge_insertions(edits: list[Edit]) -> list[Edit]:
    """Edits at one range joined into one, in order: a fix that inserts twice at one offset would
    otherwise conflict with itself."""
    merged: dict[tuple[int, int], str] = {}
    for edit in edits:
        merged[(edit.start, edit.end)] = merged.get((edit.start, edit.end), "") + edit.text
    return [Edit(s, e, t) for (s, e), t in merged.items()]


def splice(text: bytes, edits: list[Edit], newline: str = "\n") -> bytes:
    """Apply non-overlapping edits to ``text``."""
    out: list[bytes] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[cursor : edit.start])
        replacement = edit.text
        if newline != "\n":
            replacement = _to_newline(replacement, newline)
        out.append(replacement.encode("utf-8"))
        cursor = max(cursor, edit.end)
    out.append(text[cursor:])
    return b"".join(out)


def _to_newline(text: str, newline: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", newline)
