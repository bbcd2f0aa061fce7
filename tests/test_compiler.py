"""The compiler tier (``--compiler``): one case per compiler unit on a tiny project, what the
allow-list refuses, a second run that changes nothing, and the message without typings.

The cases that run the compiler need the typings (``codemod typings install``, installed once by
the session fixture of ``test_typecheck_golden``) and are marked slow.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from test_typecheck_golden import typings_folder  # noqa: F401  (session fixture: installs once)
from typer.testing import CliRunner

from codemods import api, typings
from codemods.cli import app
from codemods.compiler.consult import Change, minimal, utf16_to_bytes
from codemods.compiler.session import Session
from codemods.compiler.spelling import is_typo

HEADER = '''import { App, TerraformStack, TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
'''


def stack(body: str, header: str = HEADER, fields: str = "") -> str:
    return (f'{header}\nexport class Network extends TerraformStack {{\n{fields}'
            f'  constructor(scope: Construct, id: string) {{\n    super(scope, id);\n'
            f'    new AwsProvider(this, "aws", {{ region: "us-east-1" }});\n{body}  }}\n}}\n\n'
            f'const app = new App();\nnew Network(app, "network");\napp.synth();\n')


@pytest.fixture(scope="module")
def session(typings_folder):  # noqa: F811
    with Session(typings_folder) as session:
        yield session


def run(tmp_path: Path, session: Session, files: dict[str, str], profile=None):
    """The compiler tier alone (no static transform selected that could touch these files)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "package.json").write_text("{}")
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(text.encode())
    config = api.make_config(select=["kms-key-arn"], profiles=profile)
    return {Path(r.path).resolve().relative_to(tmp_path.resolve()).as_posix(): r
            for r in api.fix_paths([tmp_path], config, compiler=session)}


def fixed(results, path="lib/main.ts") -> str:
    return results[path].fixed.decode()


def applied(results, path="lib/main.ts") -> list[str]:
    return [d.transform for d in results[path].applied]


def test_a_typo_is_a_few_edits_of_the_same_word():
    assert is_typo("enableDnsHostname", "enableDnsHostnames") and is_typo("cidrBlok", "cidrBlock")
    assert is_typo("s3_bucket", "S3Bucket") and is_typo("recieve", "receive")
    assert not is_typo("bucketArn", "bucket") and not is_typo("Vpcc", "vpc")


def test_edits_are_shrunk_to_what_changes_and_placed_in_bytes():
    source = "  private bucket: string;".encode()
    assert minimal(source, Change(2, 25, "private bucket!: string;")) == Change(16, 16, "!")
    text = "const é = '𝄞'; x".encode()
    place = utf16_to_bytes(text)
    assert place(16) == text.index(b"x") and place(0) == 0


@pytest.mark.slow
def test_spelling_of_provider_names(tmp_path, session):
    body = ('    const vpc = new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostname: true });\n'
            '    new TerraformOutput(this, "cidr", { value: vpc.cidrBlok });\n')
    results = run(tmp_path, session, {"lib/main.ts": stack(body)})
    text = fixed(results)
    assert "enableDnsHostnames: true" in text and "value: vpc.cidrBlock" in text
    assert applied(results) == ["compiler-spelling", "compiler-spelling"]
    messages = [d.message for d in results["lib/main.ts"].applied]
    assert any(m.startswith("compiler TS2561: spelling fix 'enableDnsHostname' -> 'enableDnsHostnames'") for m in messages)
    assert any(m.startswith("compiler TS2551: spelling fix 'cidrBlok' -> 'cidrBlock'") for m in messages)


@pytest.mark.slow
def test_spelling_of_a_provider_export(tmp_path, session):
    header = HEADER + 'import { S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket-versioning";\n'
    body = '    new S3BucketVersioning(this, "v", { bucket: "b", versioningConfiguration: { status: "Enabled" } });\n'
    results = run(tmp_path, session, {"lib/main.ts": stack(body, header)})
    assert 'import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";' in fixed(results)
    assert 'new S3BucketVersioningA(this, "v"' in fixed(results)
    assert applied(results) == ["compiler-spelling", "compiler-spelling"]


@pytest.mark.slow
def test_imports_of_catalog_and_cdktf_classes(tmp_path, session):
    header = 'import { App, TerraformStack } from "cdktf";\nimport { Construct } from "constructs";\nimport { AwsProvider } from "@cdktf/provider-aws/lib/provider";\n'
    body = ('    const bucket = new S3Bucket(this, "logs", {});\n'
            '    new TerraformOutput(this, "name", { value: bucket.bucket });\n')
    results = run(tmp_path, session, {"lib/main.ts": stack(body, header)})
    text = fixed(results)
    assert 'import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n' in text
    assert 'import { App, TerraformOutput, TerraformStack } from "cdktf";' in text  # the list was sorted
    assert sorted(applied(results)) == ["compiler-import", "compiler-import"]
    assert text.endswith(stack(body, header)[len(header):])  # everything after the imports is untouched


@pytest.mark.slow
def test_definite_assignment_is_ideal(tmp_path, session):
    fields = "  public vpc: Vpc;\n"
    body = '    this.build();\n'
    source = stack(body, fields=fields).replace("\n}\n\nconst app", '\n  private build() {\n    this.vpc = new Vpc(this, "vpc", {});\n  }\n}\n\nconst app')
    results = run(tmp_path / "all", session, {"lib/main.ts": source})
    assert fixed(results) == source.replace("public vpc: Vpc;", "public vpc!: Vpc;")
    assert [d.safety.value for d in results["lib/main.ts"].applied] == ["ideal"]
    unchanged = run(tmp_path / "safe", session, {"lib/main.ts": source}, profile=frozenset({api.Safety.SAFE}))
    assert fixed(unchanged) == source
    assert [d.transform for d in unchanged["lib/main.ts"].remaining] == ["compiler-definite-assignment"]


@pytest.mark.slow
def test_fixes_outside_the_allow_list_are_not_applied(tmp_path, session):
    helper = "export function subnetName(index: number): string {\n  return `subnet-${index}`;\n}\n"
    body = ('    const zoneCount = 2;\n'
            '    new TerraformOutput(this, "zones", { value: zoneCont });\n'  # a local: not a provider name
            '    new TerraformOutput(this, "subnet", { value: subnetName(0) });\n'  # a project export
            '    new TerraformOutput(this, "arn", { value: new Vpc(this, "v", {}).vpcArn });\n')  # not a typo of arn
    source = stack(body)
    results = run(tmp_path, session, {"lib/main.ts": source, "lib/names.ts": helper})
    assert fixed(results) == source and results["lib/main.ts"].applied == []
    assert fixed(results, "lib/names.ts") == helper


@pytest.mark.slow
def test_a_suppression_comment_keeps_a_compiler_fix_away(tmp_path, session):
    body = ('    // codemod-ignore: compiler-spelling\n'
            '    new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostname: true });\n')
    source = stack(body)
    assert fixed(run(tmp_path, session, {"lib/main.ts": source})) == source


@pytest.mark.slow
def test_a_second_run_changes_nothing_and_crlf_stays(tmp_path, session):
    header = HEADER.replace("import { Vpc }", "import { Vpcs }").replace('import { App, TerraformStack, TerraformOutput } from "cdktf";', 'import { App, TerraformStack } from "cdktf";')
    body = ('    const vpc = new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostname: true });\n'
            '    new TerraformOutput(this, "cidr", { value: vpc.cidrBlok });\n')
    source = stack(body, header.replace("import { Vpcs }", "import { Vpc }")).replace("\n", "\r\n")
    first = run(tmp_path, session, {"lib/main.ts": source})
    text = fixed(first)
    assert text.count("\r\n") == text.count("\n") and "vpc.cidrBlock" in text and "enableDnsHostnames" in text
    (tmp_path / "lib/main.ts").write_bytes(first["lib/main.ts"].fixed)
    second = run(tmp_path, session, {"lib/main.ts": text})
    assert second["lib/main.ts"].applied == [] and fixed(second) == text


def test_without_typings_the_command_says_how_to_get_them(tmp_path, monkeypatch):
    monkeypatch.setenv(typings.ENV_DIR, str(tmp_path / "none"))
    (tmp_path / "main.ts").write_text("const x = 1;\n")
    for command in (["apply", "--compiler", str(tmp_path)], ["diff", "--compiler", str(tmp_path)],
                    ["batch", "--compiler", str(tmp_path), "--out", str(tmp_path / "out")]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2, command
        assert "codemod typings install" in result.output, command
    assert (tmp_path / "main.ts").read_text() == "const x = 1;\n"


def test_every_unit_is_documented_like_a_transform():
    from test_contract import HEADINGS

    from codemods.compiler import UNIT_IDS
    from codemods.compiler.tier import UNITS

    assert tuple(u.id for u in UNITS) == UNIT_IDS
    for unit in UNITS:
        lines = [line.rstrip() for line in unit.documentation().splitlines()]
        assert lines[0].startswith(f"{unit.id}: "), unit.id
        assert [h for h in HEADINGS if h in lines] == list(HEADINGS), unit.id
        assert [lines.index(h) for h in HEADINGS] == sorted(lines.index(h) for h in HEADINGS), unit.id
        explained = CliRunner().invoke(app, ["explain", unit.id])
        assert explained.exit_code == 0 and explained.stdout.startswith(f"{unit.id}: ")
    listed = CliRunner().invoke(app, ["list", "--compiler"]).stdout.split()
    assert all(unit_id in listed for unit_id in UNIT_IDS)


def test_a_suppression_naming_a_compiler_unit_is_known_without_the_tier(tmp_path):
    (tmp_path / "main.ts").write_text("// codemod-ignore: compiler-spelling\nconst x = 1;\n")
    result = CliRunner().invoke(app, ["check", "--exit-zero", str(tmp_path)])
    assert "unknown transform id" not in result.output


@pytest.mark.slow
def test_a_bare_member_name_gets_this(tmp_path, session):
    fields = '  public vpc: Vpc;\n'
    body = '    this.vpc = new Vpc(this, "vpc", {});\n'
    source = stack(body, fields=fields).replace("\n}\n\nconst app", '\n  cidr(): string {\n    return vpc.cidrBlock;\n  }\n}\n\nconst app')
    results = run(tmp_path, session, {"lib/main.ts": source})
    assert fixed(results) == source.replace("return vpc.cidrBlock;", "return this.vpc.cidrBlock;")
    assert applied(results) == ["compiler-this-member"]


@pytest.mark.slow
def test_the_fixes_of_a_file_the_compiler_finds_worse_are_left_out(tmp_path, session, monkeypatch):
    from codemods.compiler import tier

    monkeypatch.setattr(tier, "_worse", lambda *args: True)
    source = stack('    new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostname: true });\n')
    results = run(tmp_path, session, {"lib/main.ts": source})
    assert fixed(results) == source and results["lib/main.ts"].errors == [tier.WORSE]


@pytest.mark.slow
def test_batch_runs_the_tier_on_each_sample(typings_folder):  # noqa: F811
    from codemods.batch.worker import Settings, fix_markdown

    code = stack('    new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostname: true });\n')
    md = f"The stack:\n\n`lib/main.ts`\n```typescript\n{code}```\n".encode()
    settings = Settings(select=("kms-key-arn",), compiler=str(typings_folder))
    fixed_md, record = fix_markdown(md, settings)
    assert record["transforms"] == {"compiler-spelling": 1} and record["errors"] == []
    assert fixed_md == md.replace(b"enableDnsHostname:", b"enableDnsHostnames:")
    assert fix_markdown(fixed_md, settings)[1]["status"] == "unchanged"
