"""verify.scan: checkov on synthesized stacks (the optional ``verify`` extra)."""
from __future__ import annotations

import json

import pytest
from test_typecheck_golden import typings_folder  # noqa: F401  (session fixture: installs once)
from verify_fixtures import checkov_env  # noqa: F401  (session fixture: installs or skips with the reason)

from codemods.verify import scan as scan_module
from codemods.verify.ladder import verify
from codemods.verify.scan import ScanUnavailable, parse_report, scan

BUCKET = """import { Construct } from 'constructs';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

class Plain extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new S3Bucket(this, 'logs', { bucket: 'plain-logs' });
  }
}

const app = new App();
new Plain(app, 'plain');
app.synth();
"""


def test_checkov_json_reports_are_counted_per_file():
    report = {"check_type": "terraform_json", "summary": {"passed": 3, "failed": 2, "parsing_errors": 0},
              "results": {"failed_checks": [
                  {"check_id": "CKV_AWS_18", "file_abs_path": "/r/cdktf.out/stacks/a/cdk.tf.json"},
                  {"check_id": "CKV2_AWS_6", "file_abs_path": "/r/cdktf.out/stacks/a/cdk.tf.json"}]}}
    result = parse_report(json.dumps([report]))
    assert (result.passed, result.failed, result.failed_checks) == (3, 2, ["CKV2_AWS_6", "CKV_AWS_18"])
    assert result.by_file == {"/r/cdktf.out/stacks/a/cdk.tf.json": ["CKV2_AWS_6", "CKV_AWS_18"]}
    assert parse_report("not json").error == "checkov printed no JSON report"


def test_without_checkov_the_message_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(scan_module.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("CODEMOD_VERIFY_DIR", str(tmp_path / "no-tools"))
    monkeypatch.setattr(scan_module.shutil, "which", lambda _: None)
    monkeypatch.setattr(scan_module.importlib.util, "find_spec", lambda _: None)
    with pytest.raises(ScanUnavailable, match=r"pip install 'cdktf-codemods\[verify\]'"):
        scan([tmp_path / "cdk.tf.json"])
    with pytest.raises(ScanUnavailable, match="checkov is not installed"):
        verify(tmp_path, "scan")


@pytest.mark.slow
def test_an_unencrypted_bucket_fails_checks_in_the_synthesized_stack(tmp_path, typings_folder, checkov_env):  # noqa: F811
    (tmp_path / "main.ts").write_text(BUCKET)
    result = verify(tmp_path, "scan", typings=typings_folder)
    assert result.compiles and result.synthesizes, result.synth.stderr
    assert result.scan.error is None and result.scan.parsing_errors == 0
    assert result.scan.failed > 0 and result.failed_checks == result.scan.failed
    # no server-side encryption with KMS, no access logging, no versioning on a bare bucket
    assert {"CKV_AWS_145", "CKV_AWS_18", "CKV_AWS_21"} <= set(result.scan.failed_checks)
    assert list(result.scan.by_file) == ["cdktf.out/stacks/plain/cdk.tf.json"]
