"""``--verify``: the compiler's verdict before and after fixing, in the batch report and for apply."""
from __future__ import annotations

import json

import pytest
from test_batch import response, stack
from test_typecheck_golden import typings_folder  # noqa: F401  (session fixture: installs once)
from typer.testing import CliRunner

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
    assert record["verify"] == {"files": [], "excluded": {"test/shop.test.ts": "test",
                                                          "lib/block2.ts": "snippet (no import or export)"},
                                "before": None, "after": None}


def test_apply_verify_type_checks_the_repository_before_and_after(tmp_path, monkeypatch, typings_folder):  # noqa: F811
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "shop.ts").write_text(stack("Shop"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["apply", "lib", "--verify", "--select", "split-provider-imports"])
    assert result.exit_code == 0, result.output
    assert "tsc before: 1 error(s) (TS2724 x1)" in result.output
    assert "tsc after: 0 error(s) (clean)" in result.output
