"""The project's own provider version: transforms that write the catalog's names leave a project
pinned to another major (or on .gen bindings) alone, and say so."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from codemods.cli import app
from codemods.core.pins import pins_for

BARREL = b"""import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws';

export class SiteStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, 'site', { bucket: 'acme-site' });
  }
}
"""


def _project(tmp_path, manifest: dict | None, extra: dict[str, str] | None = None):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "site.ts").write_bytes(BARREL)
    if manifest is not None:
        (tmp_path / "package.json").write_text(json.dumps(manifest))
    for name, text in (extra or {}).items():
        (tmp_path / name).write_text(text)
    return tmp_path


def _diff(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(app, ["diff", "--select", "split-provider-imports,bucket-encryption", "lib"])


def test_the_catalog_major_is_fixed(tmp_path, monkeypatch):
    _project(tmp_path, {"dependencies": {"@cdktf/provider-aws": "^21.0.0", "cdktf": "^0.21.0"}})
    result = _diff(tmp_path, monkeypatch)
    assert result.exit_code == 1 and "lib/s3-bucket" in result.stdout


def test_an_older_major_is_left_alone_and_said(tmp_path, monkeypatch):
    _project(tmp_path, {"dependencies": {"@cdktf/provider-aws": "^9.0.0", "cdktf": "^0.15.0"}})
    result = _diff(tmp_path, monkeypatch)
    assert result.exit_code == 0 and result.stdout == ""
    assert "left alone in 1 file(s): split-provider-imports: the project uses @cdktf/provider-aws ^9.0.0" in result.stderr


def test_the_lockfile_version_wins_over_the_range(tmp_path):
    _project(tmp_path, {"dependencies": {"@cdktf/provider-aws": "*"}}, {"package-lock.json": json.dumps(
        {"packages": {"node_modules/@cdktf/provider-aws": {"version": "12.0.13"}}})})
    pins = pins_for(tmp_path / "lib" / "site.ts")
    assert (pins.version, pins.major) == ("12.0.13", 12) and pins.source.endswith("package-lock.json")


def test_yarn_and_pnpm_locks(tmp_path):
    yarn = tmp_path / "y"
    yarn.mkdir()
    _project(yarn, {"dependencies": {"@cdktf/provider-aws": "^19"}},
             {"yarn.lock": '"@cdktf/provider-aws@^19":\n  version "19.65.1"\n'})
    assert pins_for(yarn / "lib" / "site.ts").version == "19.65.1"
    pnpm = tmp_path / "p"
    pnpm.mkdir()
    _project(pnpm, {"dependencies": {"@cdktf/provider-aws": "^18"}},
             {"pnpm-lock.yaml": "packages:\n  /@cdktf/provider-aws@18.2.0:\n    resolution: {}\n"})
    assert pins_for(pnpm / "lib" / "site.ts").version == "18.2.0"


def test_generated_bindings_are_left_alone(tmp_path, monkeypatch):
    _project(tmp_path, {"dependencies": {"cdktf": "^0.20.0"}},
             {"cdktf.json": json.dumps({"language": "typescript", "terraformProviders": ["aws@~> 5.0"]})})
    (tmp_path / "lib" / "site.ts").write_bytes(BARREL.replace(b"'@cdktf/provider-aws'", b"'../.gen/providers/aws'"))
    result = _diff(tmp_path, monkeypatch)
    assert result.stdout == "" and "locally generated provider bindings" in result.stderr


def test_python_requirements_pin(tmp_path):
    (tmp_path / "requirements.txt").write_text("cdktf==0.20.0\ncdktf-cdktf-provider-aws==19.1.0\n")
    (tmp_path / "main.py").write_text("")
    pins = pins_for(tmp_path / "main.py")
    assert pins.major == 19


def test_no_project_means_the_catalog(tmp_path, monkeypatch):
    _project(tmp_path, None)
    (tmp_path / ".git").mkdir()
    result = _diff(tmp_path, monkeypatch)
    assert result.exit_code == 1 and "left alone" not in result.stderr


def test_python_pins_name_the_python_package(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.poetry.dependencies]\ncdktf-cdktf-provider-aws = "^19.1"\n')
    (tmp_path / "main.py").write_text("")
    pins = pins_for(tmp_path / "main.py")
    assert (pins.major, pins.version) == (19, "^19.1")
    assert pins.describe().startswith("cdktf-cdktf-provider-aws ^19.1 (")


def test_terraform_version_files(tmp_path):
    from codemods.core.pins import terraform_version_for

    (tmp_path / ".git").mkdir()
    (tmp_path / "app").mkdir()
    stack = tmp_path / "app" / "main.ts"
    stack.write_text("")
    assert terraform_version_for(stack) is None
    (tmp_path / ".tool-versions").write_text("nodejs 20.1.0\nterraform 1.9.8\n")
    assert terraform_version_for(stack) == ("1.9.8", str(tmp_path / ".tool-versions"))
    (tmp_path / "app" / ".terraform-version").write_text("latest\n")  # says nothing: the next one up counts
    assert terraform_version_for(stack)[0] == "1.9.8"
    (tmp_path / "app" / ".terraform-version").write_text("1.11.0\n")
    assert terraform_version_for(stack)[0] == "1.11.0"
    assert terraform_version_for(tmp_path / "app" / "absent.ts") is None


def test_a_text_in_memory_never_takes_the_pins_of_a_file_of_the_same_name_on_disk(tmp_path, monkeypatch):
    """A batch sample's ``lib/tap-stack.ts`` is model output: run inside a project that pins an old
    provider (and an old Terraform) and holds a file of that name, it still targets the catalog."""
    from codemods.core.engine import RunConfig, fix_file
    from codemods.core.project import Project
    from codemods.registry import all_transforms

    (tmp_path / "package.json").write_text('{"dependencies": {"@cdktf/provider-aws": "^9.0.0"}}')
    (tmp_path / ".terraform-version").write_text("1.5.7\n")
    (tmp_path / "lib").mkdir()
    text = b'import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\nexport const x = S3Bucket;\n'
    (tmp_path / "lib" / "tap-stack.ts").write_bytes(text)
    monkeypatch.chdir(tmp_path)
    config = RunConfig(list(all_transforms()))
    on_disk = fix_file("lib/tap-stack.ts", text, config, Project(["lib/tap-stack.ts"]))
    assert on_disk.left_out  # the project's own file: its pin of ^9 leaves transforms out
    in_memory = fix_file("lib/tap-stack.ts", text, config, Project(texts={"lib/tap-stack.ts": text}, detached=True))
    assert in_memory.left_out == []


def test_pins_read_from_folder_listings_match_the_file_system(tmp_path):
    """Inside ``remembering`` a folder is listed once and names it lacks are not asked for: the
    pins, the generated-bindings marker and the Terraform version read so are the same as without
    it, and a directory named like a pin file is no pin file."""
    from codemods.core.pins import pins_of_folder, remembering, terraform_version_for

    (tmp_path / ".git").mkdir()
    (tmp_path / "locked").mkdir()
    locked = _project(tmp_path / "locked", {"dependencies": {"@cdktf/provider-aws": "^19"}},
                      {"package-lock.json": json.dumps({"packages": {"node_modules/@cdktf/provider-aws": {"version": "19.2.0"}}}),
                       ".terraform-version": "1.9.8\n"})
    (tmp_path / "gen").mkdir()
    generated = _project(tmp_path / "gen", {"dependencies": {"cdktf": "^0.20.0"}})
    (generated / ".gen").mkdir()
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "requirements.txt").mkdir()  # a folder, not a requirements file
    (tmp_path / "dir" / "main.py").write_text("")
    files = [locked / "lib" / "site.ts", generated / "lib" / "site.ts", tmp_path / "dir" / "main.py"]
    outside = [(pins_for(f), terraform_version_for(f)) for f in files]
    with remembering():
        inside = [(pins_of_folder(f.resolve().parent), terraform_version_for(f)) for f in files]
    assert inside == outside
    assert outside[0][0].version == "19.2.0" and outside[0][1][0] == "1.9.8"
    assert outside[1][0].generated and outside[2][0].version is None
