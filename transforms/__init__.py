"""The project's transforms: every module in this package (or in one of its folders) that defines
``TRANSFORM``. ``pyproject.toml`` registers :func:`all_transforms` under the
``cdktf_codemods.transforms`` entry point group, where ``codemods.registry`` finds it.

Ids are stable once released; a renamed transform keeps its former ids in ``aliases``.

A run loads only the transforms it uses: what the engine and the command line read of a transform
(its id, languages, ``requires``, options, ...) is kept in a manifest next to the compiled modules
(``__pycache__/manifest-<digest>.pickle``, the digest over the size and time of every module of
``transforms`` and ``codemods`` and of the catalog data), and each transform's module is imported on
its first ``check`` (or its documentation). So a run over TypeScript files never imports libcst, and
a transform whose ``requires`` no file holds is never imported. Without a usable manifest (the
first run after an edit, a read-only install) every module is imported, as before, and the
manifest is written when it can be.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import os
import pickle
import pkgutil
import sys
from pathlib import Path
from typing import Any

from codemods.core.transform import Transform

#: The attributes a run reads without calling into the transform (kept in the manifest).
FIELDS = ("id", "name", "failure", "summary", "safety", "languages", "options", "requires", "options_of",
          "provider_majors", "aliases")
MANIFEST_VERSION = 1


@functools.cache
def all_transforms() -> tuple[Transform, ...]:
    """The transforms of this package, in module order (the registry sorts them)."""
    if os.environ.get("CODEMOD_EAGER_TRANSFORMS"):
        return _imported()
    digest = _digest()
    path = Path(__file__).parent / "__pycache__" / f"manifest-{digest}.pickle"
    entries = _read_manifest(path)
    if entries is None:
        found = _imported()
        _write_manifest(path, [_entry(t) for t in found])
        return found
    return tuple(LazyTransform(entry) for entry in entries)


def _imported() -> tuple[Transform, ...]:
    found = []
    for info in pkgutil.walk_packages(__path__, f"{__name__}."):
        module = importlib.import_module(info.name)
        transform = getattr(module, "TRANSFORM", None)
        if transform is not None:
            found.append(transform)
    return tuple(found)


def _digest() -> str:
    """The size and time of every module of ``transforms`` and ``codemods`` and of the catalog
    data: any edit there may change what a transform declares."""
    import codemods

    digest = hashlib.sha256(f"{MANIFEST_VERSION}:{sys.version_info[:2]}".encode())
    for root in (Path(__file__).parent, Path(codemods.__file__).parent):
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".gz", ".json")):
                    stat = os.stat(os.path.join(folder, name))
                    digest.update(f"{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:24]


def _entry(transform: Transform) -> dict[str, Any]:
    entry = {name: getattr(transform, name, None) for name in FIELDS}
    entry["aliases"] = tuple(entry["aliases"] or ())
    entry["module"] = transform.module_name
    entry["file"] = transform.module_file
    return entry


def _read_manifest(path: Path) -> list[dict[str, Any]] | None:
    try:
        manifest = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return manifest if isinstance(manifest, list) else None


def _write_manifest(path: Path, entries: list[dict[str, Any]]) -> None:
    try:
        path.parent.mkdir(exist_ok=True)
        for stale in path.parent.glob("manifest-*.pickle"):
            stale.unlink(missing_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)  # atomic: overlapping runs read a whole manifest or none
    except (OSError, pickle.PicklingError):
        pass  # a manifest that cannot be written only costs start-up time


class LazyTransform(Transform):
    """A transform known by its manifest entry; its module is imported on first use."""

    def __init__(self, entry: dict[str, Any]) -> None:
        self.__dict__.update({name: entry[name] for name in FIELDS})
        self._entry = entry

    @property
    def module_name(self) -> str:
        return self._entry["module"]

    @property
    def module_file(self) -> str | None:
        return self._entry["file"]

    @functools.cached_property
    def loaded(self) -> Transform:
        transform = importlib.import_module(self.module_name).TRANSFORM
        if transform.id != self.id:  # the manifest is stale after all: trust the module
            raise RuntimeError(f"transform manifest out of date: {self.module_name} defines {transform.id}, not {self.id}")
        return transform

    def check(self, ctx):
        return self.loaded.check(ctx)

    def documentation(self) -> str:
        return self.loaded.documentation()

    def __getattr__(self, name: str) -> Any:  # anything else a caller asks of the transform
        if name.startswith("__") or name in ("loaded", "_entry", "module_name", "module_file"):
            raise AttributeError(name)
        return getattr(self.loaded, name)

    def __reduce__(self):  # to worker processes as the entry: they import only what they use
        return (LazyTransform, (self._entry,))

    def __repr__(self) -> str:
        return f"LazyTransform({self.id!r})"
