"""check's formats for CI: JSON with fixes, SARIF 2.1.0 that validates, GitHub annotations, statistics."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from codemods.api import fix_text, make_config
from codemods.cli import app
from codemods.core.engine import FileResult, Status
from codemods.output import formats, report

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "web-stack"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

STACK = """import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

export class Data extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // codemod-ignore: state-locking
    new DbInstance(this, "db", { engine: "postgres", instanceClass: "db.t3.micro", kmsKeyId: "alias/aws/rds", port: "5432" });
  }
}
"""
CONFIG = make_config(["kms-key-arn", "scalar-types"])
PORT_COLUMN = STACK.splitlines()[8].index('"5432"') + 1


def checked(text: str = STACK, path: str = "lib/data.ts") -> list[FileResult]:
    return [fix_text(text, path, CONFIG, fix=False)]


def validate(document: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(document)


def test_json_has_each_finding_its_fix_and_safety():
    records = json.loads(formats.findings_json(checked()))
    by_transform = {r["transform"]: r for r in records}
    port = by_transform["scalar-types"]
    assert (port["line"], port["safety"]) == (9, "safe")
    assert port["fix"] == {"safety": "safe", "edits": [
        {"line": 9, "column": PORT_COLUMN, "end_line": 9, "end_column": PORT_COLUMN + 6, "content": "5432"}]}
    assert by_transform["kms-key-arn"]["fix"]["safety"] == "ideal"


def test_json_edits_in_a_crlf_file_write_crlf():
    text = STACK.replace('{ engine: "postgres",', '{\n      engine: "postgres",').replace("\n", "\r\n")
    result = checked(text)[0]
    assert any("\r\n" in e.content or e.content == "" for d in result.remaining for e in d.edits)
    assert all("\n" not in e.content.replace("\r\n", "") for d in result.remaining for e in d.edits)


def test_sarif_validates_and_carries_fixes_and_safety():
    document = formats.sarif(checked(), CONFIG.transforms)
    validate(document)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"]: r["properties"]["safety"] for r in rules if "properties" in r} == {
        "kms-key-arn": "ideal", "scalar-types": "safe"}
    results = {r["ruleId"]: r for r in run["results"]}
    port = results["scalar-types"]
    assert rules[port["ruleIndex"]]["id"] == "scalar-types"
    assert port["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "lib/data.ts", "uriBaseId": "SRCROOT"}
    replacement = port["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {"deletedRegion": {"startLine": 9, "startColumn": PORT_COLUMN, "endLine": 9,
                                             "endColumn": PORT_COLUMN + 6},
                           "insertedContent": {"text": "5432"}}
    assert results["kms-key-arn"]["properties"] == {"safety": "ideal"}
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_with_unused_suppressions_and_skipped_files_validates():
    results = checked(STACK.replace("state-locking", "scalar-types"))
    results.append(FileResult("notes/readme.md", Status.SKIPPED, reason="not a TypeScript or Python source file"))
    results.append(FileResult("lib/gone.ts", Status.FAILED, errors=["lib/gone.ts: no such file or directory"]))
    document = formats.sarif(results, CONFIG.transforms)
    validate(document)
    run = document["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["kms-key-arn"]
    notifications = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notifications] == [
        "skipped: not a TypeScript or Python source file", "lib/gone.ts: no such file or directory"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_an_unused_suppression_is_a_sarif_warning():
    stale = STACK.replace("// codemod-ignore: state-locking", "// codemod-ignore: kms-key-arn, scalar-types")
    stale = stale.replace('kmsKeyId: "alias/aws/rds", port: "5432"', "port: 5432")
    document = formats.sarif(checked(stale), CONFIG.transforms)
    validate(document)
    results = document["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("unused-suppression", "warning")] * 2
    assert [r["message"]["text"].split("nothing: ")[1] for r in results] == [
        "no kms-key-arn finding on line 9", "no scalar-types finding on line 9"]


def test_github_annotations_escape_what_the_syntax_uses():
    lines = formats.github(checked(path="lib/a,b:c.ts"))
    assert lines[0].startswith("::error file=lib/a%2Cb%3Ac.ts,line=9,col=")
    assert ",title=codemod kms-key-arn::" in lines[0]
    assert lines[0].endswith("[fix: ideal]")
    assert "%0A" not in lines[0]


def test_statistics_count_per_transform():
    two = checked() + checked(path="lib/other.ts")
    assert formats.statistics(two) == [
        {"transform": "kms-key-arn", "count": 2, "fixable": 2, "safety": "ideal"},
        {"transform": "scalar-types", "count": 2, "fixable": 2, "safety": "safe"},
    ]
    assert formats.statistics_text(two)[0].split() == ["2", "kms-key-arn", "[fix:", "ideal]"]


def test_summaries_say_which_fixes_are_safe():
    fixed = [fix_text(STACK, "lib/data.ts", CONFIG)]
    assert "  scalar-types: 1 fix(es) (1 safe)" in report.summary_lines(fixed)
    assert "  kms-key-arn: 1 fix(es) (1 ideal)" in report.summary_lines(fixed)


# Through the command line.


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE, tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    return tmp_path / "project"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_check_sarif_from_the_command_line_validates(project):
    result = run("check", "lib", "--format", "sarif")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    validate(document)
    assert {r["ruleId"] for r in document["runs"][0]["results"]} >= {"split-provider-imports", "kms-key-arn"}


def test_exit_zero_and_statistics(project):
    result = run("check", "lib", "--statistics", "--exit-zero")
    assert result.exit_code == 0
    assert any(line.split()[:2] == ["1", "kms-key-arn"] for line in result.stdout.splitlines())
    as_json = json.loads(run("check", "lib", "--statistics", "--format", "json").stdout)
    assert {row["transform"] for row in as_json} >= {"kms-key-arn", "state-locking"}
    refused = run("check", "lib", "--statistics", "--format", "github")
    assert refused.exit_code == 2 and "--statistics works with --format text or json" in refused.output


def test_github_format_from_the_command_line(project):
    result = run("check", "lib", "--format", "github")
    assert result.exit_code == 1
    assert all(line.startswith("::error file=lib/web-stack.ts,") for line in result.stdout.splitlines())


# pre-commit: the hooks run the commands as pre-commit would (entry, then the file names).

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


def hooks() -> dict[str, dict]:
    import yaml

    return {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text())}


def test_the_hooks_select_source_files_only():
    import re

    for hook in hooks().values():
        assert hook["language"] == "python" and hook["require_serial"] is True
        wanted = ["lib/stack.ts", "app/main.tsx", "lib/a.mts", "main.py"]
        unwanted = ["lib/types.d.ts", "README.md", "package.json"]
        def chosen(name: str) -> bool:
            return bool(re.search(hook["files"], name)) and not re.search(hook["exclude"], name)
        assert all(chosen(n) for n in wanted) and not any(chosen(n) for n in unwanted)


def test_the_check_hook_fails_on_findings_and_the_fix_hook_fixes(project):
    by_id = hooks()
    stack = project / "lib" / "web-stack.ts"
    check_args = by_id["codemod-check"]["entry"].split()[1:]
    assert run(*check_args, "lib/web-stack.ts").exit_code == 1
    fix_args = by_id["codemod-fix"]["entry"].split()[1:]
    before = stack.read_bytes()
    assert run(*fix_args, "--safe-only", "lib/web-stack.ts").exit_code == 0
    assert stack.read_bytes() != before
    remaining = run(*check_args, "lib/web-stack.ts").stdout
    assert "[fix: ideal]" in remaining and "[fix: safe]" not in remaining
