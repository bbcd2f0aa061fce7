"""Fix profiles: safe and ideal by default for apply/diff/check, every profile for batch."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from codemods.api import fix_text, make_config
from codemods.cli import app
from codemods.core.edits import ALL_PROFILES, Safety, parse_profiles

# A bucket whose name is not random (forceDestroy would let a destroy delete its objects) and an
# instance without a root block device (adding one replaces a deployed instance).
STACK = b"""import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { Instance } from '@cdktf/provider-aws/lib/instance';

export class AuditStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, 'audit', { bucket: 'acme-audit-logs' });
    new Instance(this, 'bastion', { ami: 'ami-123', instanceType: 't3.micro' });
  }
}
"""
CHOSEN = ["deterministic-bucket-names", "instance-lifecycle"]


def test_profile_names_parse():
    assert parse_profiles("safe") == {Safety.SAFE}
    assert parse_profiles("safe, ideal") == {Safety.SAFE, Safety.IDEAL}
    assert parse_profiles("all") == ALL_PROFILES
    assert parse_profiles("opinionated") == {Safety.IDEAL}  # the former name


def test_default_profile_leaves_data_destroying_fixes_as_findings():
    result = fix_text(STACK, "lib/audit.ts", make_config(select=CHOSEN))
    assert result.fixed == STACK
    reported = {(d.transform, d.safety) for d in result.remaining}
    assert reported == {("deterministic-bucket-names", Safety.DISPOSABLE), ("instance-lifecycle", Safety.DISPOSABLE)}


def test_disposable_profile_applies_them():
    result = fix_text(STACK, "lib/audit.ts", make_config(select=CHOSEN, profiles=ALL_PROFILES))
    assert b"forceDestroy: true" in result.fixed and b"rootBlockDevice" in result.fixed


def test_safe_only_is_the_safe_profile():
    result = fix_text(STACK, "lib/audit.ts", make_config(select=CHOSEN, profiles=parse_profiles("safe")))
    assert result.fixed == STACK


def test_cli_profile_flag_and_its_errors(tmp_path, monkeypatch):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "audit.ts").write_bytes(STACK)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    default = runner.invoke(app, ["diff", "--select", ",".join(CHOSEN), "lib"])
    assert default.exit_code == 0 and default.stdout == ""
    disposable = runner.invoke(app, ["diff", "--select", ",".join(CHOSEN), "--profile", "safe,ideal,disposable", "lib"])
    assert disposable.exit_code == 1 and "forceDestroy: true" in disposable.stdout
    bad = runner.invoke(app, ["diff", "--profile", "reckless", "lib"])
    assert bad.exit_code == 2 and "unknown fix profile reckless" in bad.stderr


def test_check_says_the_profile_of_each_finding(tmp_path, monkeypatch):
    (tmp_path / "audit.ts").write_bytes(STACK)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--select", ",".join(CHOSEN), "--format", "json", "audit.ts"])
    safeties = {f["transform"]: f["fix"]["safety"] for f in json.loads(result.stdout)}
    assert safeties == {"deterministic-bucket-names": "disposable", "instance-lifecycle": "disposable"}


def test_configuration_chooses_the_profile(tmp_path, monkeypatch):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "audit.ts").write_bytes(STACK)
    (tmp_path / "pyproject.toml").write_text('[tool.codemod]\nprofile = ["safe", "ideal", "disposable"]\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["diff", "--select", ",".join(CHOSEN), "lib"])
    assert result.exit_code == 1 and "rootBlockDevice" in result.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.codemod]\nprofile = ["careless"]\n')
    bad = CliRunner().invoke(app, ["diff", "lib"])
    assert bad.exit_code == 2 and "profile" in bad.stderr
