"""A self-contained HTML report of the ladder before and after fixing: one file, no assets.

The chart is inline SVG: for each rung (samples that compile, samples that synthesize, failed
checkov checks per synthesized sample) a "before" and an "after" bar, each rung scaled to its
own largest value, with the figure written on the bar. Then the fixes per transform, and the
samples that fail a rung after fixing (or before, when they were not fixed) with their first error.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from .ladder import LadderResult

BAR_WIDTH, BAR_GAP, GROUP_GAP, CHART_HEIGHT, MARGIN = 48, 8, 56, 200, 40
COLOURS = {"before": "#b0b7c3", "after": "#2f6fdf"}


@dataclass
class SampleLadder:
    """One sample's ladder as given and as fixed (``after`` None when it was not fixed)."""

    id: str
    before: LadderResult
    after: LadderResult | None = None

    @property
    def final(self) -> LadderResult:
        return self.after or self.before


@dataclass
class Rung:
    key: str
    label: str
    before: float | None
    after: float | None
    unit: str  # how the figure reads: "of N samples", "per synthesized sample"


def rungs(samples: list[SampleLadder]) -> list[Rung]:
    """The chart's figures. A rung nobody reached (no synth or scan run) is left out."""
    total = len(samples)

    def count(side: str, attribute: str) -> int | None:
        values = [getattr(_side(s, side), attribute) for s in samples]
        return None if all(v is None for v in values) else sum(bool(v) for v in values)

    def checks(side: str) -> float | None:
        values = [_side(s, side).failed_checks for s in samples if _side(s, side).synthesizes]
        values = [v for v in values if v is not None]
        return round(sum(values) / len(values), 2) if values else None

    found = [Rung("compile", "compile", count("before", "compiles"), count("after", "compiles"), f"of {total}"),
             Rung("synth", "synthesize", count("before", "synthesizes"), count("after", "synthesizes"), f"of {total}"),
             Rung("scan", "failed checks / synthesized sample", checks("before"), checks("after"), "mean")]
    return [r for r in found if r.before is not None or r.after is not None]


def _side(sample: SampleLadder, side: str) -> LadderResult:
    return sample.before if side == "before" else sample.final


def chart(found: list[Rung]) -> str:
    """An SVG bar chart: per rung a before and an after bar (``data-rung``, ``data-side``, ``data-value``)."""
    group = 2 * BAR_WIDTH + BAR_GAP
    width = MARGIN * 2 + len(found) * group + max(len(found) - 1, 0) * GROUP_GAP
    height = CHART_HEIGHT + 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="verification ladder before and after">',
             f'<line x1="{MARGIN - 8}" y1="{CHART_HEIGHT + 10}" x2="{width - MARGIN + 8}" y2="{CHART_HEIGHT + 10}" '
             'stroke="#555"/>']
    for k, rung in enumerate(found):
        x0 = MARGIN + k * (group + GROUP_GAP)
        scale = max(rung.before or 0, rung.after or 0) or 1
        for j, side in enumerate(("before", "after")):
            value = getattr(rung, side)
            shown = 0 if value is None else value
            h = round(CHART_HEIGHT * shown / scale)
            x, y = x0 + j * (BAR_WIDTH + BAR_GAP), CHART_HEIGHT + 10 - h
            parts.append(f'<rect class="bar {side}" data-rung="{rung.key}" data-side="{side}" '
                         f'data-value="{"" if value is None else _number(value)}" x="{x}" y="{y}" '
                         f'width="{BAR_WIDTH}" height="{h}" fill="{COLOURS[side]}"><title>{escape(rung.label)}, '
                         f'{side}: {"not run" if value is None else _number(value)} {escape(rung.unit)}</title></rect>')
            parts.append(f'<text x="{x + BAR_WIDTH / 2}" y="{y - 4}" text-anchor="middle" font-size="12">'
                         f'{"–" if value is None else _number(value)}</text>')
        parts.append(f'<text x="{x0 + group / 2}" y="{CHART_HEIGHT + 28}" text-anchor="middle" font-size="12">'
                     f'{escape(rung.label)}</text>')
        parts.append(f'<text x="{x0 + group / 2}" y="{CHART_HEIGHT + 44}" text-anchor="middle" font-size="11" '
                     f'fill="#666">{escape(rung.unit)}</text>')
    legend_y = height - 12
    for j, side in enumerate(("before", "after")):
        parts.append(f'<rect x="{MARGIN + j * 90}" y="{legend_y - 10}" width="12" height="12" fill="{COLOURS[side]}"/>'
                     f'<text x="{MARGIN + j * 90 + 18}" y="{legend_y}" font-size="12">{side}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _number(value: float) -> str:
    return f"{value:g}"


def failing(samples: list[SampleLadder]) -> list[tuple[str, str, str, str]]:
    """(sample, "before"/"after", level, first error) for every sample whose final ladder fails a rung."""
    rows = []
    for sample in samples:
        problem = sample.final.first_error()
        if problem is not None:
            rows.append((sample.id, "after" if sample.after else "before", *problem))
    return rows


def render(samples: Iterable[SampleLadder], fixes: Mapping[str, int] | None = None,
           title: str = "cdktf-codemods verification") -> str:
    """The report as one HTML document (inline CSS and SVG, nothing fetched)."""
    samples = list(samples)
    fixes = dict(fixes or {})
    found = rungs(samples)
    rows = failing(samples)
    fix_rows = "\n".join(f'<tr class="fix"><td>{escape(t)}</td><td class="n">{n}</td></tr>'
                         for t, n in sorted(fixes.items(), key=lambda item: (-item[1], item[0])))
    fail_rows = "\n".join(f'<tr class="failure"><td>{escape(s)}</td><td>{escape(side)}</td><td>{escape(level)}</td>'
                          f'<td><code>{escape(error)}</code></td></tr>' for s, side, level, error in rows)
    figures = "\n".join(f'<tr class="rung"><td>{escape(r.label)}</td><td class="n">{_cell(r.before)}</td>'
                        f'<td class="n">{_cell(r.after)}</td><td>{escape(r.unit)}</td></tr>' for r in found)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }}
td.n {{ text-align: right; }}
code {{ white-space: pre-wrap; font-size: 90%; }}
</style></head>
<body>
<h1>{escape(title)}</h1>
<p>{len(samples)} sample(s).</p>
<h2>Ladder</h2>
<figure id="ladder">
{chart(found)}
</figure>
<table id="figures"><thead><tr><th>rung</th><th>before</th><th>after</th><th></th></tr></thead>
<tbody>
{figures}
</tbody></table>
<h2>Fixes per transform</h2>
<table id="fixes"><thead><tr><th>transform</th><th>fixes</th></tr></thead>
<tbody>
{fix_rows or '<tr><td colspan="2">no fixes</td></tr>'}
</tbody></table>
<h2>Failing samples</h2>
<table id="failures"><thead><tr><th>sample</th><th>code</th><th>fails at</th><th>first error</th></tr></thead>
<tbody>
{fail_rows or '<tr><td colspan="4">none</td></tr>'}
</tbody></table>
</body></html>
"""


def _cell(value: float | None) -> str:
    return "not run" if value is None else _number(value)
