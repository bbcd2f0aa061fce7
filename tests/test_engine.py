"""The fixed-point engine: overlapping and shared fixes, the syntax guard, convergence, crashes and
the bytes it must keep (BOM, CRLF). Small fake transforms stand in for real ones."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codemods.core import languages
from codemods.core.edits import Edit, Finding, Fix, apply_fixes
from codemods.core.engine import RunConfig, Status, fix_file
from codemods.core.transform import Transform
from codemods.output.report import summary_lines


class Replace(Transform):
    """Replaces every match of ``pattern`` by ``replacement`` (a ``re.sub`` template), one fix each."""

    name = summary = "replace"

    def __init__(self, transform_id: str, pattern: str, replacement: str) -> None:
        self.id = transform_id
        self.pattern = re.compile(pattern.encode())
        self.replacement = replacement.encode()

    def check(self, ctx):
        for match in self.pattern.finditer(ctx.source):
            text = match.expand(self.replacement).decode()
            yield ctx.finding(f"replace {match.group().decode()}", match.span(), [Edit(*match.span(), text)])


class InsertAtTop(Transform):
    """Inserts ``line`` at the start of the file with a second edit, unless the file has it already."""

    name = summary = "insert"

    def __init__(self, transform_id: str, line: str, also: tuple[str, str]) -> None:
        self.id = transform_id
        self.line = line
        self.old, self.new = also

    def check(self, ctx):
        at = ctx.source.find(self.old.encode())
        if at < 0:
            return
        edits = [Edit(at, at + len(self.old), self.new)]
        if self.line.encode() not in ctx.source:
            edits.append(Edit(0, 0, self.line))
        yield ctx.finding(f"{self.old} -> {self.new}", (at, at + len(self.old)), edits)


class AlwaysInsert(Transform):
    id = "always-insert"
    name = summary = "never satisfied"

    def check(self, ctx):
        yield ctx.finding("one more line", (0, 0), [Edit(0, 0, "// again\n")])


class Crash(Transform):
    id = "crash"
    name = summary = "crashes"

    def check(self, ctx):
        raise RuntimeError("boom")
        yield  # pragma: no cover - makes this a generator


def run(text: str | bytes, *transforms: Transform, max_passes: int = 20):
    raw = text.encode() if isinstance(text, str) else text
    return fix_file("lib/main.ts", raw, RunConfig(list(transforms), max_passes=max_passes))


def test_overlapping_fix_waits_for_the_next_pass_and_both_apply():
    rename = Replace("rename", r"\balpha\b", "beta")
    call = Replace("call", r"(\w+)\.run\(\)", r"\1.run(true)")
    result = run("alpha.run();\n", rename, call)
    assert result.fixed == b"beta.run(true);\n"
    assert sorted(d.transform for d in result.applied) == ["call", "rename"]
    assert result.not_converged == []


def test_apply_fixes_defers_the_overlapping_fix():
    first = Finding("a", "a", 0, 5, Fix((Edit(0, 5, "beta"),)))
    second = Finding("b", "b", 4, 11, Fix((Edit(4, 11, "a.stop()"),)))
    outcome = apply_fixes(b"alpha.run();\n", [second, first])
    assert outcome.applied == [first]
    assert outcome.deferred == [second]
    assert outcome.text == b"beta.run();\n"


def test_identical_edits_are_shared_between_fixes():
    header = 'import { util } from "./util";\n'
    one = InsertAtTop("one", header, ("callFirst()", "util.first()"))
    two = InsertAtTop("two", header, ("callSecond()", "util.second()"))
    result = run("callFirst();\ncallSecond();\n", one, two)
    assert result.fixed.decode() == header + "util.first();\nutil.second();\n"
    assert [d.transform for d in result.applied] == ["one", "two"]


def test_apply_fixes_takes_both_fixes_that_share_an_identical_edit():
    header = Edit(0, 0, "import x;\n")
    one = Finding("one", "one", 0, 1, Fix((header, Edit(0, 1, "A"))))
    two = Finding("two", "two", 2, 3, Fix((header, Edit(2, 3, "B"))))
    outcome = apply_fixes(b"a b\n", [one, two])
    assert outcome.applied == [one, two]
    assert outcome.text == b"import x;\nA B\n"


def test_syntax_guard_drops_a_fix_that_breaks_the_parse_and_keeps_the_others():
    breaks = Replace("breaks", r"= 1;", "= ;")
    fine = Replace("fine", r"\bold\b", "fresh")
    result = run("const a = 1;\nconst old = 2;\n", breaks, fine)
    assert result.fixed == b"const a = 1;\nconst fresh = 2;\n"
    assert [d.transform for d in result.applied] == ["fine"]
    assert [(d.transform, d.line) for d in result.dropped] == [("breaks", 1)]
    assert any("dropped lib/main.ts:1:" in line and "did not parse" in line for line in summary_lines([result]))


def test_syntax_guard_keeps_a_file_that_was_broken_before():
    """A file with a syntax error elsewhere is still fixed when the fix makes it no worse."""
    text = "const old = 2;\nfunction broken( {\n"
    _, problems = languages.try_parse("typescript", text.encode())
    assert problems > 0
    result = run(text, Replace("fine", r"\bold\b", "fresh"))
    assert result.fixed.startswith(b"const fresh = 2;\n")
    assert result.dropped == []


def test_a_transform_that_always_proposes_a_change_does_not_converge():
    result = run("const a = 1;\n", AlwaysInsert(), max_passes=4)
    assert result.not_converged == ["always-insert"]
    assert result.fixed.count(b"// again\n") == 4
    assert any(line == "did not converge lib/main.ts: always-insert" for line in summary_lines([result]))


def test_a_crashing_transform_is_reported_and_the_others_still_run():
    result = run("const old = 2;\n", Crash(), Replace("fine", r"\bold\b", "fresh"))
    assert result.fixed == b"const fresh = 2;\n"
    assert result.errors == ["crash crashed and was skipped: RuntimeError: boom"]
    assert result.status is Status.CHANGED


def test_bom_and_crlf_are_kept_and_inserted_lines_follow_crlf():
    header = "// header\n"
    raw = b"\xef\xbb\xbfconst old = 2;\r\nexport {};\r\n"
    result = run(raw, InsertAtTop("insert", header, ("old", "fresh")))
    assert result.fixed == b"\xef\xbb\xbf// header\r\nconst fresh = 2;\r\nexport {};\r\n"
    assert result.original == raw


def test_offsets_exclude_the_bom():
    result = run(b"\xef\xbb\xbfold;\n", Replace("fine", r"^old", "fresh"))
    assert result.fixed == b"\xef\xbb\xbffresh;\n"


def test_a_file_that_needs_nothing_is_unchanged():
    result = run("const a = 1;\n", Replace("fine", r"\bold\b", "fresh"))
    assert result.status is Status.UNCHANGED
    assert result.fixed == result.original


def test_check_mode_reports_without_fixing():
    raw = b"const old = 2;\n"
    result = fix_file("lib/main.ts", raw, RunConfig([Replace("fine", r"\bold\b", "fresh")]), fix=False)
    assert result.fixed == raw
    assert [(d.transform, d.line, d.column, d.fixable) for d in result.remaining] == [("fine", 1, 7, True)]


def test_binary_and_non_utf8_input_are_skipped():
    fine = Replace("fine", r"\bold\b", "fresh")
    binary = fix_file("lib/a.ts", b"old\x00", RunConfig([fine]))
    latin1 = fix_file("lib/b.ts", "const old = 'café';\n".encode("latin-1"), RunConfig([fine]))
    assert (binary.status, latin1.status) == (Status.SKIPPED, Status.SKIPPED)
    assert "binary" in binary.reason and "UTF-8" in latin1.reason
    assert binary.fixed == b"old\x00"


class ProjectFiles(Transform):
    """Reports the files of the project it is shown, to see how the runner groups them."""

    id = "project-files"
    name = summary = "project files"

    def check(self, ctx):
        names = sorted(Path(source.path).name for source, _ in ctx.project.files())
        yield ctx.finding(" ".join(names), (0, 0))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_sees_the_files_of_its_own_package_only(tmp_path, monkeypatch, jobs):
    from codemods import runner

    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 2)
    for package, files in {"one": ("a.ts", "b.ts"), "two/nested": ("c.ts",)}.items():
        (tmp_path / package / "lib").mkdir(parents=True)
        (tmp_path / package / "cdktf.json").write_text("{}")
        for name in files:
            (tmp_path / package / "lib" / name).write_text("export {};\n")
    (tmp_path / "loose").mkdir()
    for name in ("d.ts", "e.ts"):
        (tmp_path / "loose" / name).write_text("export {};\n")
    results = list(runner.run([tmp_path], RunConfig([ProjectFiles()]), fix=False, jobs=jobs))
    seen = {Path(r.path).name: r.remaining[0].message for r in results}
    assert seen == {"a.ts": "a.ts b.ts", "b.ts": "a.ts b.ts", "c.ts": "c.ts", "d.ts": "d.ts e.ts", "e.ts": "d.ts e.ts"}


def _apply_fixes_by_scanning(text, findings, zones):
    """The reference for ``apply_fixes``: every taken edit tested against every other, and the
    zones as one import block."""
    taken, applied = [], []
    for finding in sorted(findings, key=lambda f: (f.fix.edits[0].start, f.start)):
        edits = finding.fix.edits
        mine = {e for e in edits if any(s <= e.start <= t for s, t in zones)}
        theirs = {t for t in taken if any(s <= t.start <= u for s, u in zones)}
        if (mine and theirs and not mine <= theirs) or any(e.overlaps(t) for e in edits for t in taken):
            continue
        taken.extend(e for e in edits if e not in taken)
        applied.append(finding)
    return applied


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.sampled_from(["", "x", "yy"])),
                         min_size=1, max_size=3), max_size=12),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=3))
def test_apply_fixes_takes_what_testing_every_pair_would(fixes, zone_specs):
    text = bytes(range(97, 97 + 26)) * 3
    findings = []
    for i, edits in enumerate(fixes):
        edits = [Edit(start, min(start + length, len(text)), new) for start, length, new in edits]
        findings.append(Finding(f"t{i}", "m", edits[0].start, edits[0].end, Fix(tuple(edits))))
    zones, cursor = [], 0
    for gap, length in zone_specs:  # disjoint spans in file order, as a file's runs of imports
        start = cursor + gap
        zones.append((start, start + length))
        cursor = start + length + 1
    zones = tuple(zones)
    outcome = apply_fixes(text, findings, "\n", zones)
    assert outcome.applied == _apply_fixes_by_scanning(text, findings, zones)
