"""Configuration files: found upward, checked key by key, overridden by flags."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from codemods.cli import app
from codemods.config import (
    ConfigError,
    Settings,
    find_config,
    load_settings,
    read_settings,
)

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "web-stack"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_found_from_a_subfolder_upward(tmp_path):
    config = write(tmp_path / "pyproject.toml", '[tool.codemod]\nselect = ["state-locking"]\n')
    (tmp_path / "lib" / "deep").mkdir(parents=True)
    assert find_config(tmp_path / "lib" / "deep") == config
    assert load_settings(tmp_path / "lib" / "deep").select == ("state-locking",)


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    outer = write(tmp_path / ".codemod.toml", 'ignore = ["kms-key-arn"]\n')
    write(tmp_path / "app" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path / "app") == outer


def test_codemod_toml_wins_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.codemod]\nselect = ["state-locking"]\n')
    dot = write(tmp_path / ".codemod.toml", 'select = ["kms-key-arn"]\n')
    assert find_config(tmp_path) == dot


def test_no_file_means_empty_settings(tmp_path):
    assert find_config(tmp_path) is None
    assert load_settings(tmp_path) == Settings()


def test_every_key_is_read(tmp_path):
    path = write(tmp_path / ".codemod.toml", """
select = ["state-locking", "deterministic-bucket-names"]
ignore = ["kms-key-arn"]
exclude = ["generated/**"]
safe-only = true

[state-locking]
terraform_version = "1.9"

[deterministic-bucket-names]
suffix = "prod"
""")
    settings = read_settings(path)
    assert settings.select == ("state-locking", "deterministic-bucket-names")
    assert settings.ignore == ("kms-key-arn",)
    assert settings.exclude == ("generated/**",)
    assert settings.safe_only is True
    assert settings.options == {"state-locking": {"terraform_version": "1.9"},
                                "deterministic-bucket-names": {"suffix": "prod"}}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("selct = []\n", r"\.codemod\.toml: selct: unknown key"),
        ('select = "state-locking"\n', r"select: expected a list of strings"),
        ('select = ["no-such-transform"]\n', r"select: unknown transform id: no-such-transform"),
        ('safe-only = "yes"\n', r"safe-only: expected true or false"),
        ("[state-locking]\nterraform_version = 1.9\n", r"state-locking\.terraform_version: expected a string"),
        ("[state-locking]\nversion = '1.9'\n", r"state-locking\.version: unknown option \(options of state-locking: terraform_version\)"),
        ("state-locking = 3\n", r"state-locking: expected a table of options"),
        ("select = [\n", r"invalid TOML"),
    ],
)
def test_bad_keys_and_values_name_the_key(tmp_path, text, message):
    path = write(tmp_path / ".codemod.toml", text)
    with pytest.raises(ConfigError, match=message):
        read_settings(path)


def test_pyproject_errors_name_the_full_key(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.codemod]\nexclude = [1]\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: tool\.codemod\.exclude: expected a list of strings"):
        read_settings(path)


def test_flags_override_the_file():
    settings = Settings(select=("state-locking",), ignore=(), safe_only=True,
                        options={"state-locking": {"terraform_version": "1.9"}})
    from_file = settings.run_config()
    assert [t.id for t in from_file.transforms] == ["state-locking"]
    assert from_file.safe_only is True
    assert from_file.options == {"state-locking": {"terraform_version": "1.9"}}
    overridden = settings.run_config(select=["kms-key-arn"], safe_only=False,
                                     options={"state-locking": {"terraform_version": "1.11"}})
    assert [t.id for t in overridden.transforms] == ["kms-key-arn"]
    assert overridden.safe_only is False
    assert overridden.options == {"state-locking": {"terraform_version": "1.11"}}


@pytest.mark.parametrize(
    ("pattern", "path", "excluded"),
    [
        ("generated/**", "generated/a.ts", True),
        ("generated", "generated/sub/a.ts", True),
        ("generated", "lib/generated/a.ts", True),
        ("*.gen.ts", "lib/deep/x.gen.ts", True),
        ("**/legacy/*.ts", "legacy/a.ts", True),
        ("lib/legacy", "lib/legacy/a.ts", True),
        ("lib/legacy", "lib/legacy-new/a.ts", False),
        ("generated/**", "lib/main.ts", False),
    ],
)
def test_exclude_globs(tmp_path, pattern, path, excluded):
    settings = Settings(path=tmp_path / ".codemod.toml", exclude=(pattern,))
    assert settings.excluded(tmp_path / path) is excluded


# Through the command line.


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE, tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    return tmp_path / "project"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def fixed_transforms(output: str) -> set[str]:
    return {line.split(":")[0].strip() for line in output.splitlines() if "fix(es)" in line}


def test_the_file_selects_and_a_flag_overrides(project):
    write(project / "pyproject.toml", '[tool.codemod]\nselect = ["state-locking"]\n')
    from_file = run("diff", "lib")
    assert fixed_transforms(from_file.output) == {"state-locking"}
    flagged = run("diff", "lib", "--select", "split-provider-imports")
    assert fixed_transforms(flagged.output) == {"split-provider-imports"}


def test_safe_only_from_the_file_and_no_safe_only_flag(project):
    write(project / ".codemod.toml", "safe-only = true\n")
    safe = fixed_transforms(run("diff", "lib").output)
    full = fixed_transforms(run("diff", "lib", "--no-safe-only").output)
    assert "kms-key-arn" not in safe and "kms-key-arn" in full


def test_exclude_skips_files(project):
    (project / "lib" / "web-stack.gen.ts").write_bytes((project / "lib" / "web-stack.ts").read_bytes())
    write(project / ".codemod.toml", 'exclude = ["lib/web-stack.ts"]\n')
    result = run("diff", "lib")
    assert "--- a/lib/web-stack.gen.ts" in result.output
    assert "--- a/lib/web-stack.ts" not in result.output
    assert "1 file(s)" in result.output


def test_a_bad_file_is_an_error_naming_the_key(project):
    write(project / ".codemod.toml", "[state-locking]\nterraform_version = 1.9\n")
    result = run("check", "lib")
    assert result.exit_code == 2
    assert "state-locking.terraform_version: expected a string" in result.output


def test_options_from_the_file_reach_the_transform(project):
    assert "use_lockfile" in run("diff", "lib", "--select", "state-locking").output
    write(project / ".codemod.toml", '[state-locking]\nterraform_version = "1.9"\n')
    assert "use_lockfile" not in run("diff", "lib", "--select", "state-locking").output
    flagged = run("diff", "lib", "--select", "state-locking", "--option", "state-locking.terraform_version=1.10")
    assert "use_lockfile" in flagged.output


def test_the_readme_example_is_valid_configuration(tmp_path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    settings = read_settings(write(tmp_path / "pyproject.toml", example))
    assert settings.ignore and settings.options
