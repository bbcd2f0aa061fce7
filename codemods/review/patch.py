"""Applying a reviewed patch: all of it or nothing, and only to the files it was made from.

``codemod diff -o fixes.patch`` writes a patch; people read it, may delete hunks or whole files from
it, and ``codemod apply --patch fixes.patch`` applies what remains. Every hunk's context and removed
lines must match the file as it is now, byte for byte (CRLF endings and a missing final newline
included), at the hunk's stated line: no fuzz, no search. All new contents are built in memory first;
then the files are written one by one, and if a write fails the files already written get their old
bytes back.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from unidiff import PatchedFile, PatchSet, UnidiffParseError
from unidiff.constants import DEV_NULL, LINE_TYPE_NO_NEWLINE

from codemods.core.files import write_atomic
from codemods.review.diff import split_lines


class PatchError(Exception):
    """The patch cannot be applied; no file was changed."""


@dataclass(frozen=True)
class FileChange:
    """One file's bytes before and after the patch, and how many hunks changed it."""

    path: Path
    display: str
    before: bytes
    after: bytes
    hunks: int


@dataclass(frozen=True)
class _Hunk:
    """A hunk reduced to what applying it needs: where it starts and its two sides as lines."""

    number: int
    header: str
    index: int  # 0-based line index of the old side in the file the hunk applies to
    old: list[str]
    new: list[str]


def apply_patch(patch: str | bytes, root: Path = Path("."), reverse: bool = False) -> list[FileChange]:
    """Apply ``patch`` (paths relative to ``root``) to every file it names, or to none.

    With ``reverse`` the patch is undone. Raises :class:`PatchError` when the patch is malformed,
    names a missing file, no longer matches, is already applied, or a file cannot be written.
    """
    changes = plan_patch(patch, root, reverse)
    write_all(changes)
    return changes


def plan_patch(patch: str | bytes, root: Path = Path("."), reverse: bool = False) -> list[FileChange]:
    """The new content of every file the patch changes, computed in memory; nothing is written."""
    patched_files = [f for f in _parse(patch) if len(f)]
    paths = [f.path for f in patched_files]
    twice = sorted({p for p in paths if paths.count(p) > 1})
    if twice:
        raise PatchError(f"{', '.join(twice)}: changed twice in the patch; make one patch per run")
    changes: list[FileChange] = []
    problems: list[str] = []
    applied_already: list[str] = []
    for patched in patched_files:
        try:
            changes.append(_plan_file(patched, root, reverse))
        except _AlreadyApplied as exc:
            applied_already.append(str(exc))
        except PatchError as exc:
            problems.append(str(exc))
    if applied_already and not problems and not changes:
        undo = "undone" if reverse else "applied"
        raise PatchError(f"the patch is already {undo}: every hunk's result is in place; nothing to do")
    problems.extend(applied_already)
    if problems:
        raise PatchError("\n".join(problems + ["nothing was written"]))
    return changes


def write_all(changes: Iterable[FileChange]) -> None:
    """Write every change; if one write fails, put back the files already written and raise."""
    written: list[FileChange] = []
    for change in changes:
        try:
            write_atomic(change.path, change.after)
        except OSError as exc:
            restore_failures = _restore(written)
            detail = f"{change.display}: cannot write: {exc.strerror or exc}"
            if restore_failures:
                raise PatchError("\n".join([detail, *restore_failures])) from exc
            raise PatchError(f"{detail}; every file was left as it was") from exc
        written.append(change)


def _restore(written: list[FileChange]) -> list[str]:
    failures = []
    for change in reversed(written):
        try:
            write_atomic(change.path, change.before)
        except OSError as exc:
            failures.append(f"{change.display}: COULD NOT RESTORE the original content: {exc.strerror or exc}")
    return failures


class _AlreadyApplied(PatchError):
    """Every hunk of a file already shows its result."""


def _parse(patch: str | bytes) -> PatchSet:
    text = patch.decode("utf-8", "surrogateescape") if isinstance(patch, bytes) else patch
    try:
        patch_set = PatchSet(text)
    except UnidiffParseError as exc:
        raise PatchError(f"malformed patch: {exc} (delete whole hunks or files, not single lines)") from None
    if not patch_set:
        raise PatchError("not a patch: no '--- a/FILE' and '+++ b/FILE' headers found")
    return patch_set


def _plan_file(patched: PatchedFile, root: Path, reverse: bool) -> FileChange:
    display = patched.path
    _check_supported(patched, display)
    path = root / display
    if not path.is_file():
        raise PatchError(f"{display}: no such file (the patch was made for a file that is not here)")
    try:
        before = path.read_bytes()
    except OSError as exc:
        raise PatchError(f"{display}: cannot read: {exc.strerror or exc}") from None
    lines = split_lines(before)
    hunks = _hunks(patched, reverse)
    after = "".join(_apply_hunks(lines, hunks, display, "undone" if reverse else "applied"))
    return FileChange(path, display, before, after.encode("utf-8", "surrogateescape"), len(hunks))


def _check_supported(patched: PatchedFile, display: str) -> None:
    if patched.is_binary_file:
        raise PatchError(f"{display}: binary patches are not supported")
    if DEV_NULL in (patched.source_file, patched.target_file):
        kind = "creates" if patched.source_file == DEV_NULL else "deletes"
        raise PatchError(f"{display}: the patch {kind} the file; only changes to existing files are applied")
    if patched.is_rename:
        raise PatchError(f"{display}: the patch renames the file; renames are not supported")


def _hunks(patched: PatchedFile, reverse: bool) -> list[_Hunk]:
    """The hunks in file order, each placed in the file it applies to.

    Forward, a hunk's old side sits at its stated source line. Undoing, its new side sits at that
    line shifted by what the earlier hunks of this patch added or removed (not at the stated target
    line, which counts hunks that may have been deleted from the patch by hand).
    """
    hunks = []
    shift = 0
    for number, hunk in enumerate(patched, 1):
        old, new = _sides(hunk)
        index = hunk.source_start if hunk.source_length == 0 else hunk.source_start - 1
        header = f"@@ -{hunk.source_start},{hunk.source_length} +{hunk.target_start},{hunk.target_length} @@"
        if reverse:
            hunks.append(_Hunk(number, header, index + shift, new, old))
        else:
            hunks.append(_Hunk(number, header, index, old, new))
        shift += len(new) - len(old)
    return hunks


def _sides(hunk) -> tuple[list[str], list[str]]:
    """The old and new lines of a hunk; a ``\\ No newline at end of file`` marker strips the ``\\n``
    that the patch format added after the line before it."""
    old: list[str] = []
    new: list[str] = []
    previous_sides: tuple[list[str], ...] = ()
    for line in hunk:
        if line.line_type == LINE_TYPE_NO_NEWLINE:
            for side in previous_sides:
                side[-1] = side[-1].removesuffix("\n")
            continue
        if line.is_context:
            previous_sides = (old, new)
        elif line.is_removed:
            previous_sides = (old,)
        elif line.is_added:
            previous_sides = (new,)
        else:  # blank lines that trail the last hunk
            continue
        for side in previous_sides:
            side.append(line.value)
    return old, new


def _apply_hunks(lines: list[str], hunks: list[_Hunk], display: str, done: str) -> list[str]:
    out: list[str] = []
    cursor = 0
    mismatches: list[str] = []
    already = 0
    shift = 0
    for hunk in hunks:
        if hunk.index < cursor:
            raise PatchError(f"{display}: hunk {hunk.number} ({hunk.header}) overlaps the hunk before it")
        if lines[hunk.index : hunk.index + len(hunk.old)] == hunk.old:
            out.extend(lines[cursor : hunk.index])
            out.extend(hunk.new)
            cursor = hunk.index + len(hunk.old)
        elif hunk.new and lines[hunk.index + shift : hunk.index + shift + len(hunk.new)] == hunk.new:
            already += 1
            mismatches.append(f"{display}: hunk {hunk.number} ({hunk.header}) is already {done}")
        else:
            mismatches.append(_mismatch(lines, hunk, display))
        shift += len(hunk.new) - len(hunk.old)
    if already == len(hunks):
        raise _AlreadyApplied(f"{display}: already {done}")
    if mismatches:
        raise PatchError("\n".join(mismatches))
    out.extend(lines[cursor:])
    return out


def _mismatch(lines: list[str], hunk: _Hunk, display: str) -> str:
    """Name the hunk and the first line that differs from what the hunk expects."""
    for offset, expected in enumerate(hunk.old):
        position = hunk.index + offset
        found = lines[position] if position < len(lines) else None
        if found != expected:
            shown = "the end of the file" if found is None else repr(found)
            return (f"{display}: hunk {hunk.number} ({hunk.header}) no longer matches the file: line "
                    f"{position + 1} should be {expected!r} but is {shown}; the file changed after the "
                    f"patch was made")
    return f"{display}: hunk {hunk.number} ({hunk.header}) no longer matches the file"
