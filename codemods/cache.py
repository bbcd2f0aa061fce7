"""A result cache, as Ruff keeps one: a file's result is reused while nothing it depends on changed.

A result is keyed by the tool (its version and the size and time of every module of ``codemods``
and of the modules that define the run's transforms), the run's configuration (the transforms chosen, their options, the profiles,
fix or check), the file's bytes and the bytes of every file of its project (what cross-file
transforms read). So a changed file, a changed option, a change in another file of the same
project, or another tool version each miss. The cache lives in ``.codemod_cache/`` (with its own
``.gitignore``) at the configuration's root; entries are written atomically, so two runs may share
it. ``--no-cache`` runs without it and ``codemod cache clear`` empties it.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import sys
from functools import cache
from pathlib import Path

import codemods
from codemods.core.engine import FileResult, RunConfig
from codemods.core.files import read_or_none, write_atomic

FOLDER = ".codemod_cache"


def tool_fingerprint(config: RunConfig) -> str:
    """The version, and the (size, mtime) of every module of ``codemods`` and of every module that
    defines one of the run's transforms: an edit in a checkout counts as another tool."""
    modules = {Path(file) for t in config.known
               if (file := getattr(t, "module_file", None) or getattr(sys.modules.get(type(t).__module__), "__file__", None))}
    return _fingerprint(frozenset(modules))


@cache
def _fingerprint(transform_modules: frozenset[Path]) -> str:
    digest = hashlib.sha256(codemods.__version__.encode())
    root = Path(codemods.__file__).parent
    for module in sorted(root.rglob("*.py")) + sorted(transform_modules):
        stat = module.stat()
        digest.update(f"{module}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def config_fingerprint(config: RunConfig, fix: bool) -> str:
    """The tool and the run's configuration: the transforms, their options, the profiles, fix or check."""
    described = {
        "tool": tool_fingerprint(config),
        "transforms": [t.id for t in config.transforms],
        "options": config.options,
        "profiles": sorted(s.value for s in config.chosen_profiles),
        "max_passes": config.max_passes,
        "fix": fix,
    }
    return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()


class ResultCache:
    """File results under ``root/.codemod_cache``."""

    def __init__(self, root: Path) -> None:
        self.folder = Path(root) / FOLDER
        self.hits = 0
        self.misses = 0

    def key(self, config_digest: str, path: str, raw: bytes, project_digest: str) -> str:
        digest = hashlib.sha256()
        for part in (config_digest, path, project_digest):
            digest.update(part.encode() + b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def get(self, key: str) -> FileResult | None:
        entry = self.folder / key[:2] / key
        try:
            result = pickle.loads(entry.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return result if isinstance(result, FileResult) else None

    def put(self, key: str, result: FileResult) -> None:
        try:
            self._ensure_folder()
            entry = self.folder / key[:2] / key
            entry.parent.mkdir(exist_ok=True)
            write_atomic(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _ensure_folder(self) -> None:
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / ".gitignore").write_text("# created by codemod: its result cache\n*\n")
            (self.folder / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n")

    def clear(self) -> bool:
        """Remove the cache folder; whether there was one."""
        if not self.folder.is_dir():
            return False
        shutil.rmtree(self.folder)
        return True


def project_digest(paths: list[str], texts: dict[str, bytes | None] | None = None) -> str:
    """The bytes of every file of a project, in order: what its cross-file transforms may read
    (``texts``: the files' bytes already read, None for one that could not be)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.encode() + b"\0")
        raw = texts[path] if texts is not None and path in texts else read_or_none(path)
        digest.update(b"\1unreadable" if raw is None else raw)
        digest.update(b"\0")
    return digest.hexdigest()
