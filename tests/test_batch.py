"""``codemod batch``: Markdown, JSONL and source-folder inputs, fixed copies, the report, failures."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from codemods.batch import markdown, worker
from codemods.cli import app
from codemods.core.edits import Edit

ROOT_IMPORT = 'import { S3Bucket } from "@cdktf/provider-aws";\n'
SPLIT_IMPORT = 'import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n'


def stack(name: str) -> str:
    return (f'import {{ Construct }} from "constructs";\nimport {{ TerraformStack }} from "cdktf";\n{ROOT_IMPORT}\n'
            f"export class {name} extends TerraformStack {{\n  constructor(scope: Construct, id: string) {{\n"
            f'    super(scope, id);\n    new S3Bucket(this, "store", {{ bucketPrefix: "{name.lower()}-" }});\n  }}\n}}\n')


def response(name: str, newline: str = "\n") -> bytes:
    text = (f"Here is the stack.\n\n## lib/{name.lower()}-stack.ts\n\n```typescript\n{stack(name)}```\n\n"
            f"Deploy it with `cdktf deploy`.  \n")
    return text.replace("\n", newline).encode()


def batch(*args: str) -> object:
    return CliRunner().invoke(app, ["batch", *args, "--select", "split-provider-imports", "-j", "1"])


def records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "report.jsonl").read_text().splitlines()]


@pytest.fixture
def responses(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "one").mkdir(parents=True)
    (folder / "one" / "RESPONSE.md").write_bytes(response("Shop"))
    (folder / "two.md").write_bytes(response("Mail", "\r\n"))
    (folder / "prose.md").write_bytes(b"No code here, only words.\n")
    (folder / "notes.txt").write_bytes(b"ignored\n")
    return folder


def test_markdown_responses_are_fixed_into_out_with_a_report(responses, tmp_path):
    before = {p: p.read_bytes() for p in responses.rglob("*") if p.is_file()}
    out = tmp_path / "out"
    result = batch(str(responses), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert {p: p.read_bytes() for p in responses.rglob("*") if p.is_file()} == before
    fixed = (out / "one" / "RESPONSE.md").read_bytes()
    assert fixed == response("Shop").replace(ROOT_IMPORT.encode(), SPLIT_IMPORT.encode())
    crlf = (out / "two.md").read_bytes()
    assert crlf == response("Mail", "\r\n").replace(ROOT_IMPORT.replace("\n", "\r\n").encode(),
                                                     SPLIT_IMPORT.replace("\n", "\r\n").encode())
    assert (out / "prose.md").read_bytes() == b"No code here, only words.\n"
    assert not (out / "notes.txt").exists() and not (out / ".partial").exists()
    by_id = {r["id"]: r for r in records(out)}
    assert sorted(by_id) == ["one/RESPONSE.md", "prose.md", "two.md"]
    shop = by_id["one/RESPONSE.md"]
    assert shop["status"] == "changed" and shop["transforms"] == {"split-provider-imports": 1}
    assert shop["files"] == [{"path": "lib/shop-stack.ts", "line": 5, "language": "typescript", "named_by": "heading",
                              "state": "file", "status": "changed", "parse": {"before": 0, "after": 0}}]
    assert f"-{ROOT_IMPORT}+{SPLIT_IMPORT}" in shop["diff"] and shop["errors"] == [] and shop["seconds"] >= 0
    assert by_id["prose.md"]["status"] == "skipped"
    assert "3 sample(s): 2 changed, 0 unchanged, 1 skipped, 0 failed" in result.output
    assert "split-provider-imports: 2 fix(es)" in result.output


def test_include_picks_response_files_by_name(responses, tmp_path):
    result = batch(str(responses), "--out", str(tmp_path / "out"), "--include", "RESPONSE.md")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in records(tmp_path / "out")] == ["one/RESPONSE.md"]


def test_jsonl_records_come_out_in_order_and_unchanged_ones_byte_for_byte(tmp_path):
    lines = [
        json.dumps({"uid": "a", "response": response("Shop").decode(), "score": 0.5}) + "\n",
        '{"uid": "b",   "response": "just words"}\n',
        "[1, 2]\n",
        json.dumps({"uid": 7, "other": "no response field"}) + "\n",
        json.dumps({"response": response("Mail").decode(), "note": "é"}, ensure_ascii=False),
    ]
    data = tmp_path / "data.jsonl"
    data.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result = batch(str(data), "--out", str(out), "--field", "response", "--id-field", "uid")
    assert result.exit_code == 0, result.output
    written = (out / "data.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(written) == 5 and written[1:4] == lines[1:4]
    first = json.loads(written[0])
    assert first == {"uid": "a", "response": response("Shop").decode().replace(ROOT_IMPORT, SPLIT_IMPORT), "score": 0.5}
    assert json.loads(written[4])["note"] == "é" and not written[4].endswith("\n")
    report = records(out)
    assert [(r["id"], r["line"], r["status"]) for r in report] == [
        ("a", 1, "changed"), ("b", 2, "skipped"), ("data.jsonl:3", 3, "skipped"), ("data.jsonl:4", 4, "skipped"),
        ("data.jsonl:5", 5, "changed")]
    assert report[2]["reason"] == "not a JSON object" and report[3]["reason"] == "no text field 'response'"


def test_a_source_folder_is_fixed_as_one_project(tmp_path):
    project = tmp_path / "in" / "shop"
    (project / "lib").mkdir(parents=True)
    (project / "package.json").write_text("{}")
    (project / "lib" / "shop.ts").write_text(stack("Shop"))
    (project / "README.md").write_text("```ts\nconst docs = 1;\n```\n")
    out = tmp_path / "out"
    result = batch(str(tmp_path / "in"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "shop" / "lib" / "shop.ts").read_text() == stack("Shop").replace(ROOT_IMPORT, SPLIT_IMPORT)
    assert [(r["id"], r["kind"], r["status"]) for r in records(out)] == [("shop", "source", "changed")]


def test_a_second_run_redoes_nothing(responses, tmp_path):
    out = tmp_path / "out"
    batch(str(responses), "--out", str(out))
    report = (out / "report.jsonl").read_bytes()
    result = batch(str(responses), "--out", str(out))
    assert result.exit_code == 0 and "resuming: 3 of 3 sample(s) already done" in result.output
    assert (out / "report.jsonl").read_bytes() == report


def test_resuming_repairs_a_cut_report_line_and_extra_output_lines(tmp_path):
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps({"text": response(f"S{i}").decode()}) + "\n" for i in range(6)))
    whole, cut = tmp_path / "whole", tmp_path / "cut"
    batch(str(data), "--out", str(whole))
    batch(str(data), "--out", str(cut))
    report = (cut / "report.jsonl").read_bytes().splitlines(keepends=True)
    (cut / "report.jsonl").write_bytes(b"".join(report[:3]) + report[3][:25])  # killed mid-record
    with (cut / "data.jsonl").open("ab") as handle:
        handle.write(b'{"text": "written before the kill but never reported"}\n{"te')
    result = batch(str(data), "--out", str(cut))
    assert result.exit_code == 0 and "resuming: 3 of 6" in result.output
    assert (cut / "data.jsonl").read_bytes() == (whole / "data.jsonl").read_bytes()
    strip = [{k: v for k, v in r.items() if k != "seconds"} for r in records(cut)]
    assert strip == [{k: v for k, v in r.items() if k != "seconds"} for r in records(whole)]


def test_out_must_not_overwrite_the_inputs_and_is_not_read_as_input(responses, tmp_path):
    result = batch(str(responses / "two.md"), "--out", str(responses))
    assert result.exit_code == 2 and "would overwrite the input" in result.output
    inside = responses / "fixed"
    assert batch(str(responses), "--out", str(inside)).exit_code == 0
    assert batch(str(responses), "--out", str(inside)).exit_code == 0
    assert sorted(r["id"] for r in records(inside)) == ["one/RESPONSE.md", "prose.md", "two.md"]


class Explodes:
    id = "explodes"
    languages = ("typescript", "tsx")

    def check(self, ctx):
        if b"Mail" in ctx.source:
            raise RuntimeError("boom")
        return iter(())


def test_a_crashing_transform_is_reported_and_the_batch_goes_on(responses, tmp_path, monkeypatch):
    real = worker._config

    def with_a_crash(settings):
        config = real(settings)
        config.transforms = [*config.transforms, Explodes()]
        return config

    monkeypatch.setattr(worker, "_config", with_a_crash)
    out = tmp_path / "out"
    result = batch(str(responses), "--out", str(out))
    assert result.exit_code == 2
    by_id = {r["id"]: r for r in records(out)}
    assert by_id["two.md"]["errors"] == ["lib/mail-stack.ts: explodes crashed and was skipped: RuntimeError: boom"]
    assert by_id["two.md"]["status"] == "changed" and by_id["one/RESPONSE.md"]["errors"] == []
    assert "1 sample(s) with errors:" in result.output and "two.md: lib/mail-stack.ts: explodes crashed" in result.output


def test_a_sample_that_breaks_the_batch_code_fails_alone_with_its_input_copied(responses, tmp_path, monkeypatch):
    real = markdown.blocks

    def fragile(md: bytes):
        if b"Mail" in md:
            raise ValueError("cannot cope")
        return real(md)

    monkeypatch.setattr(markdown, "blocks", fragile)
    out = tmp_path / "out"
    result = batch(str(responses), "--out", str(out))
    assert result.exit_code == 2
    by_id = {r["id"]: r for r in records(out)}
    assert by_id["two.md"]["status"] == "failed" and by_id["two.md"]["errors"] == ["ValueError: cannot cope"]
    assert (out / "two.md").read_bytes() == (responses / "two.md").read_bytes()
    assert by_id["one/RESPONSE.md"]["status"] == "changed"


def test_unknown_transforms_and_missing_inputs_are_usage_errors(tmp_path):
    assert batch(str(tmp_path / "nothing"), "--out", str(tmp_path / "o")).exit_code == 2
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--select", "no-such"])
    assert result.exit_code == 2 and "unknown transform id" in result.output


def test_skipping_a_dropped_edit_is_recorded(tmp_path, monkeypatch):
    """A fix whose result parses worse is dropped by the engine and named in the sample's errors."""

    class Breaks:
        id = "breaks"
        languages = ("typescript", "tsx")

        def check(self, ctx):
            from codemods.core.edits import Finding, Fix, Safety

            if b"{{" not in ctx.source:
                yield Finding("breaks", "adds a brace", 0, 0, Fix([Edit(0, 0, "{{")], Safety.SAFE))

    real = worker._config

    def only_breaks(settings):  # a copy: the worker keeps its configuration per settings
        return dataclasses.replace(real(settings), transforms=[Breaks()])

    monkeypatch.setattr(worker, "_config", only_breaks)
    (tmp_path / "a.md").write_bytes(response("Shop"))
    out = tmp_path / "out"
    batch(str(tmp_path / "a.md"), "--out", str(out))
    [record] = records(out)
    assert record["status"] == "unchanged"
    assert record["errors"] == ["lib/shop-stack.ts: dropped [breaks] at 1:1: its result did not parse"]


def test_a_block_that_cannot_be_fixed_is_skipped_with_its_reason_and_is_no_error(tmp_path):
    (tmp_path / "a.md").write_bytes(b"## lib/app.py\n```python\ndef broken(:\n```\n")
    out = tmp_path / "out"
    assert batch(str(tmp_path / "a.md"), "--out", str(out)).exit_code == 0
    [record] = records(out)
    assert record["files"][0]["status"] == "skipped" and record["files"][0]["reason"] == "does not parse"
    assert record["files"][0]["parse"] == {"before": None, "after": None} and record["errors"] == []


def test_samples_never_take_the_pins_of_the_project_the_batch_runs_in(tmp_path, monkeypatch):
    """A batch started inside a project that pins provider-aws ^9 and holds a file named as the
    sample's block still fixes the sample for the catalog's version (split-provider-imports is
    left out for ^9 projects on disk)."""
    project = tmp_path / "project"
    (project / "lib").mkdir(parents=True)
    (project / "package.json").write_text('{"dependencies": {"@cdktf/provider-aws": "^9.0.0"}}')
    (project / "lib" / "shop-stack.ts").write_text(stack("Shop"))
    (tmp_path / "a.md").write_bytes(response("Shop"))
    monkeypatch.chdir(project)
    out = tmp_path / "out"
    result = batch(str(tmp_path / "a.md"), "--out", str(out))
    assert result.exit_code == 0, result.output
    [record] = records(out)
    assert record["status"] == "changed" and record["transforms"] == {"split-provider-imports": 1}
