"""The five Python transforms renamed to ``<typescript id>-py`` still answer to their former ids:
in ``--select``, in ``[tool.codemod.<old id>]`` configuration and in ``codemod-ignore`` comments."""
from __future__ import annotations

import json

import pytest
from golden_cases import GOLDEN
from typer.testing import CliRunner

from codemods.api import fix_text, make_config
from codemods.cli import app
from codemods.config import read_settings
from codemods.core.suppressions import UNUSED

#: former id -> (current id, a golden case of the current id whose input it fixes)
RENAMED = {
    "bucket-names-py": ("deterministic-bucket-names-py", "timestamp_in_fstring"),
    "availability-zones-py": ("dynamic-availability-zones-py", "region_parameter"),
    "provider-imports-py": ("split-provider-imports-py", "root_classes_crlf"),
    "block-lists-py": ("block-shapes-py", "dict_blocks"),
    "config-keywords-py": ("config-property-names-py", "value_and_known_renames"),
}
CASES = sorted(RENAMED.items())
IDS = [old for old, _ in CASES]


def _input(new: str, case: str) -> bytes:
    return (GOLDEN / new / f"{case}.input.py").read_bytes()


@pytest.mark.parametrize(("old", "renamed"), CASES, ids=IDS)
def test_the_former_id_is_registered_as_an_alias(old, renamed):
    from codemods.registry import by_id

    new, _ = renamed
    assert by_id()[old].id == new
    assert old in by_id()[new].aliases


@pytest.mark.parametrize(("old", "renamed"), CASES, ids=IDS)
def test_select_on_the_command_line(old, renamed, tmp_path, monkeypatch):
    new, case = renamed
    (tmp_path / "stack.py").write_bytes(_input(new, case))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--select", old, "--format", "json", "stack.py"])
    assert result.exit_code == 1, result.output
    reported = {record["transform"] for record in json.loads(result.output)}
    assert reported == {new}


@pytest.mark.parametrize(("old", "renamed"), CASES, ids=IDS)
def test_select_through_the_api(old, renamed):
    new, case = renamed
    assert [t.id for t in make_config(select=[old]).transforms] == [new]
    assert fix_text(_input(new, case), "stack.py", make_config(select=[old])).changed


@pytest.mark.parametrize(("old", "renamed"), CASES, ids=IDS)
def test_configuration_tables_under_the_former_id(old, renamed, tmp_path):
    new, _ = renamed
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f'[tool.codemod]\nselect = ["{old}"]\nignore = []\n\n[tool.codemod.{old}]\n')
    settings = read_settings(pyproject)
    assert [t.id for t in settings.run_config().transforms] == [new]
    assert set(settings.options) == {new}


def test_an_option_set_under_the_former_id_reaches_the_fix(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.codemod.bucket-names-py]\nsuffix = "7777"\n')
    config = read_settings(pyproject).run_config(select=["deterministic-bucket-names-py"])
    fixed = fix_text(_input("deterministic-bucket-names-py", "timestamp_in_fstring"), "stack.py", config).fixed
    assert b'unique_suffix = "7777"' in fixed


@pytest.mark.parametrize(("old", "renamed"), CASES, ids=IDS)
def test_a_file_suppression_under_the_former_id(old, renamed):
    new, case = renamed
    source = f"# codemod-ignore-file: {old}\n".encode() + _input(new, case)
    config = make_config(select=[new])
    assert not fix_text(source, "stack.py", config).changed
    remaining = fix_text(source, "stack.py", config, fix=False).remaining
    assert remaining == [], [d.message for d in remaining]


@pytest.mark.parametrize(("old", "renamed"), CASES, ids=IDS)
def test_a_line_suppression_under_the_former_id(old, renamed):
    new, case = renamed
    source = _input(new, case)
    first = fix_text(source, "stack.py", make_config(select=[new]), fix=False).remaining[0]
    lines = source.splitlines(keepends=True)
    line = lines[first.line - 1]
    indent = line[: len(line) - len(line.lstrip())]
    lines.insert(first.line - 1, indent + f"# codemod-ignore: {old}\n".encode())
    remaining = fix_text(b"".join(lines), "stack.py", make_config(select=[new]), fix=False).remaining
    assert (first.line + 1, new) not in {(d.line, d.transform) for d in remaining}
    assert not [d.message for d in remaining if d.transform == UNUSED]
