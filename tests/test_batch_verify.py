"""``--verify``: the compiler's verdict before and after fixing, in the batch report and for apply."""
from __future__ import annotations

import json

import pytest
from test_batch import response, stack
from test_typecheck_golden import typings_folder  # noqa: F401  (session fixture: installs once)
from test_verify_html import parse
from typer.testing import CliRunner
from verify_fixtures import checkov_env  # noqa: F401  (session fixture: installs once)

from codemods.cli import app

pytestmark = pytest.mark.slow


def test_batch_verify_records_errors_by_code_before_and_after(tmp_path, typings_folder):  # noqa: F811
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "shop.md").write_bytes(response("Shop"))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out), "--verify", "-j", "1",
                                      "--select", "split-provider-imports"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in (out / "report.jsonl").read_text().splitlines()]
    verify = record["verify"]
    assert verify["files"] == ["lib/shop-stack.ts"]
    assert verify["excluded"] == {}
    assert verify["before"]["codes"] == {"TS2724": 1} and not verify["before"]["clean"]
    assert "has no exported member named 'S3Bucket'" in verify["before"]["messages"][0]
    assert verify["after"] == {"clean": True, "errors": 0, "codes": {}, "messages": [], "runtime_modules": [],
                               "failure": None}
    assert "compile-clean: before 0/1 (0.0%), after 1/1 (100.0%)" in result.output


def test_tests_and_snippets_are_not_type_checked(tmp_path, typings_folder):  # noqa: F811
    document = (b"## test/shop.test.ts\n```ts\nimport { Shop } from '../lib/shop';\ndescribe('x', () => {});\n```\n"
                b"Then:\n```ts\nnew Thing(this, 'x');\n```\n")
    (tmp_path / "a.md").write_bytes(document)
    out = tmp_path / "out"
    CliRunner().invoke(app, ["batch", str(tmp_path / "a.md"), "--out", str(out), "--verify", "-j", "1"])
    [record] = [json.loads(line) for line in (out / "report.jsonl").read_text().splitlines()]
    assert record["verify"] == {"level": "compile", "language": "typescript", "files": [],
                                "excluded": {"test/shop.test.ts": "test", "lib/block2.ts": "snippet (no import or export)"},
                                "before": None, "after": None}


def test_apply_verify_type_checks_the_repository_before_and_after(tmp_path, monkeypatch, typings_folder):  # noqa: F811
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "shop.ts").write_text(stack("Shop"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["apply", "lib", "--verify", "--select", "split-provider-imports"])
    assert result.exit_code == 0, result.output
    assert "tsc before: 1 error(s) (TS2724 x1)" in result.output
    assert "tsc after: 0 error(s) (clean)" in result.output


def synthesizable(name: str) -> bytes:
    """A response whose stack synthesizes once its root import of S3Bucket is split (it has its provider)."""
    provider = 'import { AwsProvider } from "@cdktf/provider-aws/lib/provider";\n'
    text = response(name).replace(b'import { TerraformStack } from "cdktf";\n',
                                  b'import { TerraformStack } from "cdktf";\n' + provider.encode())
    return text.replace(b"    super(scope, id);\n",
                        b"    super(scope, id);\n    new AwsProvider(this, \"aws\", { region: \"us-east-1\" });\n")


def test_batch_verify_level_synth_records_each_level_and_writes_the_html_report(tmp_path, typings_folder):  # noqa: F811
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "shop.md").write_bytes(synthesizable("Shop"))
    (tmp_path / "in" / "same.md").write_bytes(synthesizable("Same").replace(b'"@cdktf/provider-aws"',
                                                                             b'"@cdktf/provider-aws/lib/s3-bucket"'))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out), "--verify", "--verify-level",
                                      "synth", "-j", "1", "--select", "split-provider-imports"])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in map(json.loads, (out / "report.jsonl").read_text().splitlines())}
    shop = records["shop.md"]["verify"]
    assert (shop["level"], shop["language"], shop["changed"]) == ("synth", "typescript", True)
    assert not shop["before"]["clean"] and shop["after"]["clean"]
    before, after = shop["synth"]["before"], shop["synth"]["after"]
    assert (before["status"], before["kind"], before["entry"]) == ("failed", "exception", "driver")
    assert "is not a constructor" in before["error"]
    assert (after["status"], after["stacks"]) == ("ok", ["cdktf.out/stacks/Shop/cdk.tf.json"])
    assert set(shop["seconds"]["after"]) == {"compile", "synth"} and "scan" not in shop
    same = records["same.md"]["verify"]
    assert same["changed"] is False and same["synth"]["after"] == same["synth"]["before"]
    assert same["synth"]["before"]["status"] == "ok" and same["seconds"]["after"] == {}
    assert "synthesize: before 1/2 (50.0%), after 2/2 (100.0%)" in result.output
    assert "synth failures before: exception x1" in result.output

    page = parse((out / "report.html").read_text())
    bars = {(a["data-rung"], a["data-side"]): a["data-value"] for t, a in page.tags if t == "rect" and "data-rung" in a}
    assert bars == {("compile", "before"): "1", ("compile", "after"): "2", ("synth", "before"): "1",
                    ("synth", "after"): "2"}
    assert page.rows["fix"] == [["split-provider-imports", "1"]]
    assert "failure" not in page.rows  # every sample synthesizes once fixed
    assert page.external == []
    assert f"HTML report in {out / 'report.html'}" in result.output


def test_batch_verify_level_scan_counts_failed_checks(tmp_path, typings_folder, checkov_env):  # noqa: F811
    (tmp_path / "shop.md").write_bytes(synthesizable("Shop"))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "shop.md"), "--out", str(out), "--verify",
                                      "--verify-level", "scan", "-j", "1", "--select", "split-provider-imports"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in (out / "report.jsonl").read_text().splitlines()]
    scan = record["verify"]["scan"]
    assert scan["before"] is None  # it did not synthesize
    assert scan["after"]["error"] is None and scan["after"]["failed"] > 0
    assert "CKV_AWS_145" in scan["after"]["failed_checks"]  # no KMS encryption on the bare bucket
    assert "failed checkov checks per synthesized sample: before none scanned, after " in result.output
    page = parse((out / "report.html").read_text())
    assert [r[0] for r in page.rows["rung"]] == ["compile", "synthesize", "failed checks / synthesized sample"]
