"""verify.tools and ``codemod verify``: the tools' own environments, found only when complete."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from codemods.cli import app
from codemods.verify import pycheck, scan, tools


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(tools.ENV_DIR, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_environments_live_in_the_cache_named_after_their_pins(empty_cache):
    found = tools.environments()
    assert set(found) == {"checkov", "python"}
    assert all(e.folder.parent == empty_cache for e in found.values())
    assert found["checkov"].folder.name.startswith("verify-checkov-")
    assert any(p.startswith("cdktf-cdktf-provider-aws==") for p in found["python"].packages)
    assert all("==" in p for e in found.values() for p in e.packages)


def test_an_environment_without_its_ready_mark_is_not_used(empty_cache):
    environment = tools.environments()["checkov"]
    environment.bin("checkov").parent.mkdir(parents=True)
    environment.bin("checkov").write_text("#!/bin/sh\n")
    assert tools.find("checkov") is None  # a killed install: the program is there, the mark is not
    (environment.folder / tools.READY_MARK).write_text("[]\n")
    assert tools.find("checkov") == environment
    assert scan.checkov_command() == [str(environment.bin("checkov"))]


def test_a_failed_install_leaves_nothing_behind(empty_cache, monkeypatch):
    def failing(command, what):
        if "pip" in command:
            raise tools.ToolError(f"{what}:\nno matching distribution")

    monkeypatch.setattr(tools, "_run", failing)
    with pytest.raises(tools.ToolError, match="pip install failed"):
        tools.install("python")
    assert not tools.environments()["python"].folder.exists()
    with pytest.raises(pycheck.CheckerUnavailable, match="codemod verify install"):
        pycheck.check({"main.py": b"import cdktf\n"})


def test_verify_status_says_what_is_missing(empty_cache):
    result = CliRunner().invoke(app, ["verify", "status"])
    assert result.exit_code == 1
    assert "checkov: " in result.output and "not installed" in result.output


def test_verify_install_refuses_an_unknown_part(empty_cache):
    result = CliRunner().invoke(app, ["verify", "install", "--only", "terraform"])
    assert result.exit_code == 2 and "unknown part 'terraform'" in result.output


def test_the_verify_extra_pins_what_the_python_environment_installs():
    from pathlib import Path

    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib

    extra = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["verify"]
    pinned = [p for p in tools.environments()["python"].packages if not p.startswith("basedpyright")]
    assert set(pinned) <= set(extra)


def test_verify_install_knows_every_environment():
    from codemods.batch.tools_cli import PARTS

    assert set(PARTS) == {"typings", *tools.environments()}
