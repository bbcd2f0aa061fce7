"""Reviewed patches: made by `diff -o`, trimmed by hand, applied all or nothing, undone with --reverse."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from codemods.cli import app
from codemods.review import patch as patch_module
from codemods.review.diff import unified_diff
from codemods.review.patch import PatchError, apply_patch, plan_patch

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "web-stack"

NUMBERED = "".join(f"line {i}\n" for i in range(1, 31))


def make_patch(root: Path, edits: dict[str, tuple[str, str]]) -> str:
    """Write each file's ``before`` under ``root`` and return the patch that turns it into ``after``."""
    out = []
    for name, (before, after) in edits.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(before.encode())
        out.append(unified_diff(name, before.encode(), after.encode()))
    return "".join(out)


def drop_hunk(patch: str, path: str, number: int) -> str:
    """The patch without the ``number``-th hunk (1-based) of ``path``, as a person would delete it."""
    sections = re.split(r"(?m)^(?=--- a/)", patch)
    for i, section in enumerate(sections):
        if section.startswith(f"--- a/{path}\n"):
            parts = re.split(r"(?m)^(?=@@ )", section)
            del parts[number]
            sections[i] = "".join(parts)
    return "".join(sections)


def drop_file(patch: str, path: str) -> str:
    sections = re.split(r"(?m)^(?=--- a/)", patch)
    return "".join(s for s in sections if not s.startswith(f"--- a/{path}\n"))


def two_hunk_edit() -> tuple[str, str]:
    after = NUMBERED.replace("line 2\n", "line two\n").replace("line 25\n", "line twenty-five\n")
    return NUMBERED, after


def test_a_patch_applies_and_reverse_restores(tmp_path):
    before, after = two_hunk_edit()
    text = make_patch(tmp_path, {"a.ts": (before, after), "lib/b.ts": ("x\n", "y\n")})
    changes = apply_patch(text, tmp_path)
    assert [(c.display, c.hunks) for c in changes] == [("a.ts", 2), ("lib/b.ts", 1)]
    assert (tmp_path / "a.ts").read_text() == after
    assert (tmp_path / "lib/b.ts").read_text() == "y\n"
    apply_patch(text, tmp_path, reverse=True)
    assert (tmp_path / "a.ts").read_text() == before
    assert (tmp_path / "lib/b.ts").read_text() == "x\n"


def test_a_hunk_deleted_by_hand_leaves_that_change_out(tmp_path):
    before, after = two_hunk_edit()
    text = drop_hunk(make_patch(tmp_path, {"a.ts": (before, after)}), "a.ts", 1)
    apply_patch(text, tmp_path)
    assert (tmp_path / "a.ts").read_text() == NUMBERED.replace("line 25\n", "line twenty-five\n")
    apply_patch(text, tmp_path, reverse=True)
    assert (tmp_path / "a.ts").read_text() == before


def test_a_later_hunk_deleted_keeps_the_earlier_one(tmp_path):
    before, after = two_hunk_edit()
    text = drop_hunk(make_patch(tmp_path, {"a.ts": (before, after)}), "a.ts", 2)
    apply_patch(text, tmp_path)
    assert (tmp_path / "a.ts").read_text() == NUMBERED.replace("line 2\n", "line two\n")


def test_a_file_deleted_from_the_patch_is_left_alone(tmp_path):
    text = drop_file(make_patch(tmp_path, {"a.ts": ("a\n", "A\n"), "b.ts": ("b\n", "B\n")}), "a.ts")
    apply_patch(text, tmp_path)
    assert (tmp_path / "a.ts").read_text() == "a\n"
    assert (tmp_path / "b.ts").read_text() == "B\n"


def test_a_file_changed_after_the_patch_was_made_stops_every_write(tmp_path):
    before, after = two_hunk_edit()
    text = make_patch(tmp_path, {"a.ts": ("a\n", "A\n"), "b.ts": (before, after)})
    (tmp_path / "b.ts").write_text(before.replace("line 24\n", "line 24 edited\n"))
    with pytest.raises(PatchError) as raised:
        apply_patch(text, tmp_path)
    message = str(raised.value)
    assert "b.ts: hunk 2 (@@ -22,7 +22,7 @@) no longer matches the file" in message
    assert "line 24 should be 'line 24\\n' but is 'line 24 edited\\n'" in message
    assert "hunk 1" not in message
    assert message.endswith("nothing was written")
    assert (tmp_path / "a.ts").read_text() == "a\n"


def test_an_applied_patch_says_so(tmp_path):
    before, after = two_hunk_edit()
    text = make_patch(tmp_path, {"a.ts": (before, after)})
    apply_patch(text, tmp_path)
    with pytest.raises(PatchError, match="the patch is already applied"):
        apply_patch(text, tmp_path)
    apply_patch(text, tmp_path, reverse=True)
    with pytest.raises(PatchError, match="the patch is already undone"):
        apply_patch(text, tmp_path, reverse=True)


def test_a_half_applied_patch_names_the_applied_hunk(tmp_path):
    before, after = two_hunk_edit()
    text = make_patch(tmp_path, {"a.ts": (before, after)})
    (tmp_path / "a.ts").write_text(before.replace("line 2\n", "line two\n"))
    with pytest.raises(PatchError, match=r"a.ts: hunk 1 \(@@ -1,5 \+1,5 @@\) is already applied"):
        apply_patch(text, tmp_path)
    assert (tmp_path / "a.ts").read_text() == before.replace("line 2\n", "line two\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("just some words\n", "not a patch"),
        ("--- a/a.ts\n+++ b/a.ts\n@@ -1,3 +1,3 @@\n a\n-b\n", "malformed patch: Hunk is shorter than expected"),
        ("@@ -1 +1 @@\n-a\n+b\n", "malformed patch: Unexpected hunk found"),
    ],
)
def test_malformed_patches_are_refused(tmp_path, text, message):
    with pytest.raises(PatchError, match=message):
        plan_patch(text, tmp_path)


def test_a_patch_for_a_missing_file_names_it(tmp_path):
    text = make_patch(tmp_path, {"lib/gone.ts": ("a\n", "b\n")})
    (tmp_path / "lib/gone.ts").unlink()
    with pytest.raises(PatchError, match=r"lib/gone.ts: no such file"):
        apply_patch(text, tmp_path)


def test_a_file_twice_in_the_patch_is_refused(tmp_path):
    text = make_patch(tmp_path, {"a.ts": ("a\n", "b\n")})
    with pytest.raises(PatchError, match="a.ts: changed twice in the patch"):
        apply_patch(text + text, tmp_path)
    assert (tmp_path / "a.ts").read_text() == "a\n"


def test_new_and_deleted_files_are_refused(tmp_path):
    created = "--- /dev/null\n+++ b/new.ts\n@@ -0,0 +1 @@\n+x\n"
    with pytest.raises(PatchError, match="new.ts: the patch creates the file"):
        apply_patch(created, tmp_path)


def test_crlf_lines_and_a_missing_final_newline_round_trip(tmp_path):
    before = "a\r\nb\r\nc"
    after = "a\r\nB\r\nc\r\nd"
    text = make_patch(tmp_path, {"w.ts": (before, after)})
    assert "\\ No newline at end of file" in text
    apply_patch(text, tmp_path)
    assert (tmp_path / "w.ts").read_bytes() == after.encode()
    apply_patch(text, tmp_path, reverse=True)
    assert (tmp_path / "w.ts").read_bytes() == before.encode()


def test_line_endings_must_match_exactly(tmp_path):
    text = make_patch(tmp_path, {"w.ts": ("a\r\nb\r\n", "a\r\nc\r\n")})
    (tmp_path / "w.ts").write_bytes(b"a\nb\n")
    with pytest.raises(PatchError, match=r"line 1 should be 'a\\r\\n' but is 'a\\n'"):
        apply_patch(text, tmp_path)


def test_a_failed_write_puts_back_the_files_already_written(tmp_path, monkeypatch):
    text = make_patch(tmp_path, {"a.ts": ("a\n", "A\n"), "b.ts": ("b\n", "B\n")})
    real_write = patch_module.write_atomic

    def failing_write(path: Path, data: bytes) -> None:
        if path.name == "b.ts":
            raise PermissionError(13, "Permission denied")
        real_write(path, data)

    monkeypatch.setattr(patch_module, "write_atomic", failing_write)
    with pytest.raises(PatchError, match="b.ts: cannot write: Permission denied; every file was left as it was"):
        apply_patch(text, tmp_path)
    assert (tmp_path / "a.ts").read_text() == "a\n"


lines = st.lists(st.sampled_from(["x", "y", "const a = 1;", "", "}"]), max_size=12)


@settings(max_examples=150, deadline=None)
@given(before=lines, after=lines, newline=st.sampled_from(["\n", "\r\n"]), final=st.booleans())
def test_any_diff_applies_and_reverses(tmp_path_factory, before, after, newline, final):
    root = tmp_path_factory.mktemp("prop")
    old = newline.join(before) + (newline if final and before else "")
    new = newline.join(after) + (newline if after else "")
    text = make_patch(root, {"f.ts": (old, new)})
    if old == new:
        return
    apply_patch(text, root)
    assert (root / "f.ts").read_bytes() == new.encode()
    apply_patch(text, root, reverse=True)
    assert (root / "f.ts").read_bytes() == old.encode()


# The review loop through the command line, on the bundled example.


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE, tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    return tmp_path / "project"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_review_loop_diff_trim_apply_reverse(project):
    stack = project / "lib" / "web-stack.ts"
    original = stack.read_bytes()
    made = run("diff", "lib", "-o", "fixes.patch")
    assert made.exit_code == 1, made.output
    text = (project / "fixes.patch").read_text()
    assert text.count("\n@@ ") >= 2
    trimmed = drop_hunk(text, "lib/web-stack.ts", 1)
    (project / "fixes.patch").write_text(trimmed)

    applied = run("apply", "--patch", "fixes.patch")
    assert applied.exit_code == 0, applied.output
    first_hunk_lines = [l[1:] for l in text.split("\n@@ ")[1].splitlines()[1:] if l.startswith("-")]
    assert first_hunk_lines and all(line in stack.read_text() for line in first_hunk_lines)
    assert stack.read_bytes() != original

    again = run("apply", "--patch", "fixes.patch")
    assert again.exit_code == 1 and "already applied" in again.output

    undone = run("apply", "--patch", "fixes.patch", "--reverse")
    assert undone.exit_code == 0, undone.output
    assert stack.read_bytes() == original


def test_apply_patch_refuses_paths_and_stale_files(project):
    run("diff", "lib", "-o", "fixes.patch")
    assert run("apply", "--patch", "fixes.patch", "lib").exit_code == 2
    stack = project / "lib" / "web-stack.ts"
    stack.write_text(stack.read_text().replace("awsRegion", "region"))
    stale = stack.read_bytes()
    result = run("apply", "--patch", "fixes.patch")
    assert result.exit_code == 1
    assert "lib/web-stack.ts: hunk" in result.output and "no longer matches" in result.output
    assert stack.read_bytes() == stale


def test_reverse_needs_a_patch(project):
    result = run("apply", "lib", "--reverse")
    assert result.exit_code == 2 and "--reverse undoes a patch" in result.output


def test_a_large_file_of_repeated_blocks_gets_an_anchored_diff_that_applies(tmp_path):
    """Above ANCHOR_ABOVE lines the diff is anchored on the lines met once on each side (difflib
    alone is quadratic in repeated lines); the patch must still give exactly the fixed text."""
    import subprocess

    from codemods.review import diff

    block = [f"const bucket{i} = new S3Bucket(this, 'b{i}', {{\n  bucket: 'x',\n}});\n" for i in range(1500)]
    before = "".join(block).encode()
    after = before.replace(b"'b7'", b"'b7', /* x */").replace(b"  bucket: 'x',\n}", b"  bucket: 'y',\n}", 3)
    assert len(diff.split_lines(before)) > diff.ANCHOR_ABOVE
    (tmp_path / "f.ts").write_bytes(before)
    (tmp_path / "p.patch").write_text(diff.unified_diff("f.ts", before, after))
    subprocess.run(["git", "apply", "p.patch"], cwd=tmp_path, check=True)
    assert (tmp_path / "f.ts").read_bytes() == after
