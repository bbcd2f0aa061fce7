"""The batch ladder read back from report.jsonl: the summary's lines and the HTML report (no tools run)."""
from __future__ import annotations

import json
import os

from test_verify_html import parse
from typer.testing import CliRunner

from codemods.batch import htmlreport, report
from codemods.batch.verification import ladders, verified_files
from codemods.cli import app


def compiled(clean: bool) -> dict:
    return {"clean": clean, "errors": 0 if clean else 1, "codes": {} if clean else {"TS2724": 1},
            "messages": [] if clean else ["lib/a.ts:1:10: TS2724: no exported member"], "runtime_modules": [],
            "failure": None}


def synthesized(kind: str | None) -> dict:
    return {"status": "ok" if kind is None else "failed", "kind": kind, "error": None if kind is None else f"{kind} line",
            "stacks": [] if kind else ["cdktf.out/stacks/a/cdk.tf.json"], "entry": "driver", "seconds": 1.0,
            "cpu_seconds": 1.0, "stderr": ""}


def scanned(failed: int) -> dict:
    return {"passed": 3, "failed": failed, "failed_checks": ["CKV_AWS_18"] * failed, "by_file": {},
            "parsing_errors": 0, "error": None, "seconds": 2.0}


def record(sample: str, before: tuple, after: tuple, changed: bool = True) -> dict:
    verify = {"level": "scan", "language": "typescript", "files": ["lib/a.ts"], "excluded": {}, "changed": changed,
              "before": compiled(before[0]), "after": compiled(after[0]),
              "synth": {"before": synthesized(before[1]), "after": synthesized(after[1])},
              "scan": {"before": None if before[2] is None else scanned(before[2]),
                       "after": None if after[2] is None else scanned(after[2])},
              "seconds": {"before": {}, "after": {}}}
    return {"id": sample, "kind": "markdown", "status": "changed", "transforms": {"split-provider-imports": 1},
            "verify": verify}


RECORDS = [record("fixed.md", (False, "exception", None), (True, None, 4)),
           record("timeout.md", (False, "timeout", None), (False, "timeout", None)),
           record("good.md", (True, None, 2), (True, None, 2), changed=False)]


def write_report(tmp_path) -> object:
    path = tmp_path / "report.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    return path


def test_the_summary_gives_the_ladder_before_and_after(tmp_path):
    lines = report.summarize(write_report(tmp_path)).lines()
    assert "compile-clean: before 1/3 (33.3%), after 2/3 (66.7%) (of 3 sample(s) with code to check: 3 typescript)" in lines
    assert "synthesize: before 1/3 (33.3%), after 2/3 (66.7%)" in lines
    assert "  synth failures before: exception x1, timeout x1" in lines
    assert "  synth failures after:  timeout x1" in lines
    assert "failed checkov checks per synthesized sample: before 2.0 (2 in 1 sample(s)), after 3.0 (6 in 2 sample(s))" in lines


def test_the_html_report_is_written_beside_the_report_from_its_records(tmp_path):
    path = write_report(tmp_path)
    page_path = htmlreport.write(path)
    assert page_path == tmp_path / "report.html" and not list(tmp_path.glob(".report.html.*"))
    mask = os.umask(0)
    os.umask(mask)
    assert page_path.stat().st_mode & 0o777 == 0o666 & ~mask
    page = parse(page_path.read_text())
    assert page.rows["rung"] == [["compile", "1", "2", "of 3"], ["synthesize", "1", "2", "of 3"],
                                 ["failed checks / synthesized sample", "2", "3", "mean"]]
    assert page.rows["fix"] == [["split-provider-imports", "3"]]
    assert page.rows["failure"] == [["timeout.md", "after", "compile", "lib/a.ts:1:10: TS2724: no exported member"]]
    assert page.external == []


def test_an_unverified_batch_writes_no_html(tmp_path):
    path = tmp_path / "report.jsonl"
    path.write_text(json.dumps({"id": "a.md", "status": "unchanged", "verify": {"before": None, "after": None,
                                                                                 "reason": "no typings"}}) + "\n")
    assert htmlreport.write(path) is None and not (tmp_path / "report.html").exists()
    assert "not verified: 1 sample(s): no typings" in report.summarize(path).lines()
    assert ladders(None) is None


def test_python_tests_and_snippets_are_left_out_of_verification():
    chosen, excluded = verified_files({"lib/stack.py": b"from cdktf import App\n", "tests/test_stack.py": b"import x\n",
                                       "lib/block2.py": b"MyStack(app, 'x')\n", "README.md": b""})
    assert chosen == ["lib/stack.py"]
    assert excluded == {"tests/test_stack.py": "test", "lib/block2.py": "snippet (no import or export)"}


def test_an_unknown_verify_level_is_refused(tmp_path):
    (tmp_path / "a.md").write_text("text\n")
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "a.md"), "--out", str(tmp_path / "out"), "--verify",
                                      "--verify-level", "deploy"])
    assert result.exit_code == 2 and "--verify-level: expected compile, synth or scan" in result.output
    assert not (tmp_path / "out").exists()
