"""Finding source files and writing them back atomically."""
from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from codemods.core.source import language_of

SKIP_DIRS = frozenset({"node_modules", ".git", "cdktf.out", "dist", ".venv", "venv", "__pycache__", ".terraform"})


@dataclass(frozen=True)
class Target:
    """A file to process, or a command-line path that could not be used (``error`` set)."""

    path: Path
    error: str | None = None


def discover(paths: list[str | Path], languages: set[str] | None = None) -> Iterator[Target]:
    """Files under ``paths``: folders are walked (skipping build and vendor folders), files kept.

    A file named explicitly is always yielded, so that an unsupported one is reported, not ignored.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, languages)
        elif path.is_file():
            yield Target(path)
        elif path.exists():
            yield Target(path, "not a regular file")
        else:
            yield Target(path, "no such file or directory")


def _walk(root: Path, languages: set[str] | None) -> Iterator[Target]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            language = language_of(name)
            if language is not None and (languages is None or language in languages):
                yield Target(Path(folder) / name)


def display_path(path: Path, resolved: Path | None = None) -> str:
    """The path relative to the working directory when under it, with forward slashes
    (``resolved``: ``path.resolve()``, when the caller has it already)."""
    try:
        path = (resolved or path.resolve()).relative_to(_resolved_cwd(os.getcwd()))
    except ValueError:
        pass
    return path.as_posix()


@functools.lru_cache(maxsize=8)
def _resolved_cwd(cwd: str) -> Path:
    return Path(cwd).resolve()


def read_or_none(path: str | Path) -> bytes | None:
    """The file's bytes, or None when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` via a temporary file and rename, keeping the file's mode."""
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".codemod")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
