"""The ``codemod`` command end to end: diffs that git and patch accept, exit codes, stdin, JSON,
errors people can read, files that are skipped, and writes that keep the file as it was."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from codemods.cli import app
from codemods.core.transform import Option, Transform

CODEMOD = str(Path(sys.executable).parent / "codemod")
SELECT = ["--select", "split-provider-imports"]

# A stack whose provider import comes from the package root (split-provider-imports fixes it).
ROOT_IMPORT = (
    'import { Construct } from "constructs";\n'
    'import { Vpc } from "@cdktf/provider-aws";\n'
    "\n"
    "export function network(scope: Construct) {\n"
    '  return new Vpc(scope, "main", { cidrBlock: "10.0.0.0/16" });\n'
    "}\n"
)
FIXED_IMPORT = 'import { Vpc } from "@cdktf/provider-aws/lib/vpc";'
ALREADY_RIGHT = ROOT_IMPORT.replace('from "@cdktf/provider-aws";', 'from "@cdktf/provider-aws/lib/vpc";')


def cli(*args: str, input: bytes | None = None):
    """Run the command in-process (the working directory is the caller's)."""
    return CliRunner().invoke(app, list(args), input=input)


def codemod(*args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``codemod`` executable."""
    return subprocess.run([CODEMOD, *args], cwd=cwd, input=input, capture_output=True)


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project folder, also the working directory, with one file to fix and one that is right."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "network.ts").write_text(ROOT_IMPORT)
    (tmp_path / "lib" / "right.ts").write_text(ALREADY_RIGHT)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- diffs that apply ---------------------------------------------------------------------------

AWKWARD_FILES = {
    "lib/plain.ts": ROOT_IMPORT.encode(),
    "lib/crlf.ts": ROOT_IMPORT.replace("\n", "\r\n").encode(),
    "lib/no-newline.ts": ROOT_IMPORT.rstrip("\n").encode(),
    "lib/import-last.ts": ('import { Construct } from "constructs";\nimport { Vpc } from "@cdktf/provider-aws";').encode(),
    "lib/bom.ts": b"\xef\xbb\xbf" + ROOT_IMPORT.encode(),
}


def git(repo: Path, *args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, input=input, capture_output=True, check=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    repo = tmp_path / "repo"
    for name, data in AWKWARD_FILES.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_bytes(data)
    git(repo, "init", "-q")
    git(repo, "config", "core.autocrlf", "false")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "start")
    return repo


def test_diff_applies_with_git_apply_and_patch_and_matches_apply(repo, tmp_path):
    done = codemod("diff", *SELECT, ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    patch = done.stdout
    assert {line for line in patch.splitlines() if line.startswith(b"+++ ")} == {
        f"+++ b/{name}".encode() for name in AWKWARD_FILES
    }
    git(repo, "apply", "--check", input=patch)
    subprocess.run(["patch", "-p1", "--dry-run", "--quiet"], cwd=repo, input=patch, check=True, capture_output=True)

    applied = tmp_path / "applied"
    shutil.copytree(repo, applied)
    assert codemod("apply", *SELECT, ".", cwd=applied).returncode == 0
    git(repo, "apply", input=patch)
    for name in AWKWARD_FILES:
        assert (repo / name).read_bytes() == (applied / name).read_bytes(), name
    assert (repo / "lib/bom.ts").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" + FIXED_IMPORT.encode() + b"\r\n" in (repo / "lib/crlf.ts").read_bytes()
    assert not (repo / "lib/no-newline.ts").read_bytes().endswith(b"\n")


def test_apply_then_diff_prints_nothing_and_exits_zero(project):
    assert cli("apply", *SELECT, ".").exit_code == 0
    assert FIXED_IMPORT in (project / "lib/network.ts").read_text()
    again = cli("diff", *SELECT, ".")
    assert (again.exit_code, again.stdout) == (0, "")


# -- exit codes ---------------------------------------------------------------------------------

def test_diff_exits_one_with_changes_and_zero_without(project):
    changed = cli("diff", *SELECT, "lib/network.ts")
    assert changed.exit_code == 1
    assert changed.stdout.startswith("--- a/lib/network.ts\n+++ b/lib/network.ts\n")
    assert "+" + FIXED_IMPORT in changed.stdout.splitlines()
    unchanged = cli("diff", *SELECT, "lib/right.ts")
    assert (unchanged.exit_code, unchanged.stdout) == (0, "")


def test_diff_writes_nothing(project):
    before = (project / "lib/network.ts").read_bytes()
    cli("diff", *SELECT, ".")
    assert (project / "lib/network.ts").read_bytes() == before


def test_exit_zero_keeps_the_diff_but_exits_zero(project):
    result = cli("diff", *SELECT, "--exit-zero", ".")
    assert result.exit_code == 0
    assert "+" + FIXED_IMPORT in result.stdout


def test_check_exits_one_with_findings_and_zero_without(project):
    assert cli("check", *SELECT, "lib/network.ts").exit_code == 1
    assert cli("check", *SELECT, "lib/right.ts").exit_code == 0
    assert cli("check", *SELECT, "--exit-zero", "lib/network.ts").exit_code == 0


# -- stdin --------------------------------------------------------------------------------------

def test_diff_from_stdin_names_the_file_with_stdin_filename(tmp_path):
    done = codemod("diff", *SELECT, "--stdin-filename", "lib/stack.ts", "-", cwd=tmp_path, input=ROOT_IMPORT.encode())
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith(b"--- a/lib/stack.ts\n+++ b/lib/stack.ts\n")
    assert list(tmp_path.iterdir()) == []


def test_apply_from_stdin_prints_the_fixed_text(tmp_path):
    done = codemod("apply", *SELECT, "-", cwd=tmp_path, input=ROOT_IMPORT.replace("\n", "\r\n").encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout == ROOT_IMPORT.replace("\n", "\r\n").replace(
        'from "@cdktf/provider-aws";', 'from "@cdktf/provider-aws/lib/vpc";').encode()


def test_apply_from_stdin_passes_a_file_that_needs_nothing_through(tmp_path):
    done = codemod("apply", *SELECT, "-", cwd=tmp_path, input=ALREADY_RIGHT.encode())
    assert (done.returncode, done.stdout) == (0, ALREADY_RIGHT.encode())


def test_stdin_cannot_be_mixed_with_paths(project):
    result = cli("diff", *SELECT, "-", "lib/network.ts", input=b"")
    assert result.exit_code == 2
    assert "cannot be mixed" in result.stderr


# -- check --format json ------------------------------------------------------------------------

def test_check_json_lists_every_finding(project):
    result = cli("check", *SELECT, "--format", "json", ".")
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert records == [{
        "path": "lib/network.ts",
        "line": 2,
        "column": 1,
        "transform": "split-provider-imports",
        "message": records[0]["message"],
        "fixable": True,
        "safety": "safe",
        "fix": records[0]["fix"],
    }]
    assert "Vpc" in records[0]["message"]
    assert records[0]["fix"]["safety"] == "safe" and records[0]["fix"]["edits"]


def test_check_json_is_an_empty_list_without_findings(project):
    result = cli("check", *SELECT, "--format", "json", "lib/right.ts")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


# -- errors people can read ---------------------------------------------------------------------

def test_a_missing_path_is_one_clear_line_without_traceback(tmp_path):
    done = codemod("diff", "lib/missing.ts", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().splitlines() == ["error: lib/missing.ts: no such file or directory"]


def test_messages_keep_brackets_in_paths_and_transform_ids(tmp_path):
    # a folder named like a route parameter, and a dropped fix whose line names its transform in
    # brackets: the summary is written as it is (rich read both as markup and printed nothing)
    folder = tmp_path / "lib" / "[id]"
    folder.mkdir(parents=True)
    (folder / "bad.ts").write_bytes(b"\x00binary")
    (folder / "top.ts").write_text('import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n'
                                   'new S3Bucket(this, "b", { bucket: "x" });\n')
    missing = codemod("diff", "lib/[x]/missing.ts", cwd=tmp_path)
    assert missing.stderr.decode().splitlines() == ["error: lib/[x]/missing.ts: no such file or directory"]
    done = codemod("diff", "--no-cache", "lib", cwd=tmp_path)
    lines = done.stderr.decode().splitlines()
    assert "skipped lib/[id]/bad.ts: binary file (contains NUL bytes)" in lines
    assert any(line.startswith("dropped lib/[id]/top.ts:2:1: [bucket-encryption] ") for line in lines), lines


def test_a_small_diff_imports_neither_rich_nor_the_process_pool(tmp_path):
    # start-up: a run that prints only its summary has no use for rich, nor a run of one file for
    # a pool of processes (together a tenth of the CPU time of `codemod diff` on one small file)
    (tmp_path / "main.ts").write_text(ROOT_IMPORT)
    script = (
        "import sys\n"
        "from codemods.cli import main\n"
        "sys.argv = ['codemod', 'diff', '--no-cache', '--exit-zero', 'main.ts']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich' or m == 'concurrent.futures.process'),"
        " file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert FIXED_IMPORT in done.stdout
    assert done.stderr.splitlines()[-1] == "[]"


def test_an_unknown_select_id_is_an_error(project):
    result = cli("diff", "--select", "split-provider-imports,no-such-fix", ".")
    assert result.exit_code == 2
    assert "unknown transform id: no-such-fix" in result.stderr
    assert result.stdout == ""


def test_an_unknown_ignore_id_is_an_error(project):
    result = cli("check", "--ignore", "nope", ".")
    assert result.exit_code == 2
    assert "unknown transform id: nope" in result.stderr


@pytest.mark.parametrize("option, message", [
    ("split-provider-imports", "expected ID.NAME=VALUE"),
    ("no-such-fix.name=1", "unknown transform id 'no-such-fix'"),
    ("split-provider-imports.nope=1", "split-provider-imports has no option 'nope'"),
])
def test_option_errors_name_the_problem(project, option, message):
    result = cli("diff", "--option", option, ".")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


class WithOptions(Transform):
    id = "with-options"
    name = summary = "a transform with one option of each type"
    options = {"flag": Option(True, "a flag"), "count": Option(3, "a number"), "label": Option("x", "a text")}

    def check(self, ctx):
        return []


@pytest.mark.parametrize("option, message", [
    ("with-options.flag=maybe", "expected true or false"),
    ("with-options.count=many", "expected a whole number"),
])
def test_option_values_of_the_wrong_type_are_errors(project, monkeypatch, option, message):
    from codemods import config

    monkeypatch.setattr(config, "by_id", lambda: {"with-options": WithOptions()})
    result = cli("check", "--option", option, ".")
    assert result.exit_code == 2
    assert f"--option '{option}': {message}" in result.stderr


def test_an_unknown_transform_to_explain_is_an_error():
    result = cli("explain", "no-such-fix")
    assert result.exit_code == 2
    assert "unknown transform id: no-such-fix" in result.stderr


# -- files that are skipped -----------------------------------------------------------------------

def test_binary_and_non_utf8_files_are_skipped_with_a_message_and_not_written(project):
    binary = project / "lib/binary.ts"
    latin1 = project / "lib/latin1.ts"
    binary.write_bytes(ROOT_IMPORT.encode() + b"\x00\x01")
    latin1.write_bytes(ROOT_IMPORT.encode() + "// café\n".encode("latin-1"))
    before = {p: p.read_bytes() for p in (binary, latin1)}
    result = cli("apply", *SELECT, ".")
    assert result.exit_code == 2
    assert "skipped lib/binary.ts: binary file" in result.stderr
    assert "skipped lib/latin1.ts: not UTF-8" in result.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert FIXED_IMPORT in (project / "lib/network.ts").read_text()


def test_vendor_and_build_folders_are_not_walked(project):
    for folder in ("node_modules/pkg", "cdktf.out/stacks/app", ".git/x", "dist"):
        (project / folder).mkdir(parents=True)
        (project / folder / "index.ts").write_text(ROOT_IMPORT)
    result = cli("diff", *SELECT, ".")
    headers = [line for line in result.stdout.splitlines() if line.startswith("+++ ")]
    assert headers == ["+++ b/lib/network.ts"]


def test_files_of_other_languages_in_a_folder_are_ignored(project):
    (project / "README.md").write_text("import { Vpc } from '@cdktf/provider-aws';\n")
    (project / "lib/types.d.ts").write_text(ROOT_IMPORT)
    result = cli("diff", *SELECT, ".")
    assert [line for line in result.stdout.splitlines() if line.startswith("+++ ")] == ["+++ b/lib/network.ts"]


# -- writing ------------------------------------------------------------------------------------

def test_apply_replaces_the_file_atomically_and_keeps_its_mode(project):
    target = project / "lib/network.ts"
    os.chmod(target, 0o640)
    inode = target.stat().st_ino
    assert cli("apply", *SELECT, "lib/network.ts").exit_code == 0
    assert target.stat().st_mode & 0o7777 == 0o640
    assert target.stat().st_ino != inode  # written beside it, then renamed over it
    assert FIXED_IMPORT in target.read_text()
    assert sorted(p.name for p in (project / "lib").iterdir()) == ["network.ts", "right.ts"]


def test_apply_leaves_files_that_need_nothing_untouched(project):
    right = project / "lib/right.ts"
    inode, mtime = right.stat().st_ino, right.stat().st_mtime_ns
    cli("apply", *SELECT, ".")
    assert (right.stat().st_ino, right.stat().st_mtime_ns) == (inode, mtime)


# -- list and explain ---------------------------------------------------------------------------

def test_list_shows_id_failure_safety_and_summary():
    result = cli("list")
    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("split-provider-imports "))
    assert line.split()[1:3] == ["#1", "safe"]
    assert "lib/<module>" in line


def test_list_shows_every_registered_transform_once():
    from codemods.registry import all_transforms

    ids = [line.split()[0] for line in cli("list").stdout.splitlines()]
    assert ids == [t.id for t in all_transforms()]


def test_explain_prints_the_documentation_with_its_headings():
    result = cli("explain", "split-provider-imports")
    assert result.exit_code == 0
    for heading in ("What it fixes", "Why", "Example", "What it leaves alone", "Fix safety"):
        assert f"\n{heading}\n" in result.stdout


def test_the_command_line_knows_every_output_format():
    from codemods import cli
    from codemods.output import formats

    assert cli.FORMATS == formats.FORMATS
