"""The result cache: same outputs with and without it and for any --jobs; what invalidates it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from codemods import cache as cache_module
from codemods.cli import app

pytestmark = pytest.mark.uses_cache
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "web-stack"


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE, tmp_path / "stack")
    (tmp_path / "stack" / "lib" / "shared.ts").write_text("export interface Shared { kmsKeyId?: string }\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def diff(*args: str) -> str:
    result = CliRunner().invoke(app, ["diff", "--exit-zero", *args, "stack"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def entries(root: Path) -> set[str]:
    return {p.name for p in (root / ".codemod_cache").rglob("*") if p.is_file() and len(p.name) == 64}


def test_outputs_are_identical_with_and_without_the_cache_and_for_any_jobs(project):
    cold = diff("--no-cache")
    assert not (project / ".codemod_cache").exists()
    first = diff()
    assert (project / ".codemod_cache" / ".gitignore").read_text().strip().endswith("*")
    stored = entries(project)
    assert stored
    warm = diff()
    assert entries(project) == stored  # answered from the cache: nothing new was stored
    assert cold == first == warm and "toPort: 65535" in warm
    assert diff("--jobs", "2") == warm


def test_a_changed_file_misses(project):
    diff()
    before = entries(project)
    stack = next((project / "stack" / "lib").glob("*stack*.ts"))
    stack.write_text(stack.read_text().replace("toPort: 0", "toPort: 0 "))
    assert "toPort: 65535" in diff()
    assert entries(project) - before


def test_a_changed_option_misses(project):
    diff()
    before = entries(project)
    diff("--option", "state-locking.terraform_version=1.9")
    assert entries(project) - before


def test_a_change_in_another_file_of_the_project_misses(project):
    diff()
    before = entries(project)
    (project / "stack" / "lib" / "shared.ts").write_text("export interface Shared { other?: string }\n")
    diff()
    new = entries(project) - before
    assert len(new) == len(before)  # every file of that project is computed again


def test_another_tool_version_misses(project, monkeypatch):
    diff()
    before = entries(project)
    monkeypatch.setattr(cache_module, "tool_fingerprint", lambda config: "another version")
    diff()
    assert entries(project) - before


def test_cache_clear(project):
    diff()
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert result.exit_code == 0 and "removed" in result.stdout
    assert not (project / ".codemod_cache").exists()


def test_a_changed_provider_pin_misses(project):
    diff()
    before = entries(project)
    (project / "stack" / "package.json").write_text('{"dependencies": {"@cdktf/provider-aws": "^9.0.0"}}')
    assert "toPort: 65535" in diff()  # all-protocol-ports writes no catalog names: it still runs
    assert entries(project) - before


def test_a_changed_terraform_version_file_misses(project):
    assert "use_lockfile" in diff("--select", "state-locking")
    (project / "stack" / ".terraform-version").write_text("1.5.7\n")
    assert "use_lockfile" not in diff("--select", "state-locking")
