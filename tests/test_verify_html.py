"""verify.html: the report is one HTML document whose chart and tables carry the ladder figures."""
from __future__ import annotations

from html.parser import HTMLParser

from codemods.verify.html import SampleLadder, render, rungs
from codemods.verify.ladder import LadderResult
from codemods.verify.scan import ScanResult
from codemods.verify.synth import SynthResult


def ladder(clean: bool, synth: SynthResult | None = None, failed: int | None = None) -> LadderResult:
    compile = {"clean": clean, "errors": 0 if clean else 2, "codes": {} if clean else {"TS2322": 2},
               "messages": [] if clean else ["lib/a.ts:3:5: TS2322: Type 'number' is not assignable"],
               "runtime_modules": [], "failure": None}
    return LadderResult("scan", ["lib/a.ts"], compile, synth, None if failed is None else ScanResult(failed=failed))


OK = SynthResult("ok", stacks=["cdktf.out/stacks/a/cdk.tf.json"], entry="main.ts")
THROWN = SynthResult("failed", "exception", "TypeError: x is not a constructor", entry="main.ts")
SAMPLES = [
    SampleLadder("fixed", ladder(False, THROWN), ladder(True, OK, failed=4)),
    SampleLadder("good", ladder(True, OK, failed=2), ladder(True, OK, failed=2)),
    SampleLadder("still-broken", ladder(False, THROWN), ladder(False, THROWN)),
    SampleLadder("unfixed", ladder(True, SynthResult("failed", "duplicate-id", "Error: There is already a Construct with name 'x'"))),
]


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.rows, self._row, self._cell, self.external = [], {}, None, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("script", "link", "img") or (attrs.get("src") or attrs.get("href", "")).startswith("http"):
            self.external.append((tag, attrs))
        if tag == "tr" and "class" in attrs:
            self._row = (attrs["class"], [])
        elif tag == "td" and self._row is not None:
            self._cell = []

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._row[1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.setdefault(self._row[0], []).append(self._row[1])
            self._row = None


def parse(text: str) -> Collect:
    collector = Collect()
    collector.feed(text)
    collector.close()
    return collector


def test_the_rungs_count_samples_and_average_failed_checks_over_synthesized_samples():
    found = {r.key: (r.before, r.after) for r in rungs(SAMPLES)}
    assert found == {"compile": (2, 3), "synth": (1, 2), "scan": (2, 3)}


def test_the_chart_has_a_before_and_an_after_bar_per_rung():
    page = parse(render(SAMPLES, {"split-provider-imports": 3, "bucket-encryption": 5}))
    bars = {(a["data-rung"], a["data-side"]): a["data-value"] for t, a in page.tags if t == "rect" and "data-rung" in a}
    assert bars == {("compile", "before"): "2", ("compile", "after"): "3", ("synth", "before"): "1",
                    ("synth", "after"): "2", ("scan", "before"): "2", ("scan", "after"): "3"}
    heights = {(a["data-rung"], a["data-side"]): int(a["height"]) for t, a in page.tags if t == "rect" and "data-rung" in a}
    assert heights[("synth", "before")] * 2 == heights[("synth", "after")] > 0
    assert page.external == [] and any(t == "svg" for t, _ in page.tags)


def test_the_tables_list_fixes_per_transform_and_the_failing_samples_with_their_first_error():
    page = parse(render(SAMPLES, {"split-provider-imports": 3, "bucket-encryption": 5}))
    assert page.rows["fix"] == [["bucket-encryption", "5"], ["split-provider-imports", "3"]]
    assert page.rows["failure"] == [
        ["still-broken", "after", "compile", "lib/a.ts:3:5: TS2322: Type 'number' is not assignable"],
        ["unfixed", "before", "synth", "[duplicate-id] Error: There is already a Construct with name 'x'"],
    ]
    assert page.rows["rung"][0] == ["compile", "2", "3", "of 4"]


def test_rungs_that_were_not_run_are_left_out_and_text_is_escaped():
    samples = [SampleLadder("<script>", LadderResult("compile", [], {"clean": False, "errors": 1, "codes": {},
                                                                      "messages": ["a < b"], "runtime_modules": [],
                                                                      "failure": None}))]
    text = render(samples, title="A & B")
    page = parse(text)
    assert [a["data-rung"] for t, a in page.tags if t == "rect" and "data-rung" in a] == ["compile", "compile"]
    assert "<script>" not in text and page.rows["failure"] == [["<script>", "before", "compile", "a < b"]]


def test_records_round_trip_into_the_report():
    restored = [SampleLadder(s.id, LadderResult.from_record(s.before.record()),
                             s.after and LadderResult.from_record(s.after.record())) for s in SAMPLES]
    assert render(restored) == render(SAMPLES)
