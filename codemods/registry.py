"""The transforms a run can use, found through the ``cdktf_codemods.transforms`` entry points.

The engine and its helpers never import a transform: the application hands the set it found here
to :class:`~codemods.core.engine.RunConfig`. The project's own transforms are registered in
``pyproject.toml`` (``transforms:all_transforms``); another installed package can add its own
under the same group. Each entry point names a callable that returns transforms.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
from functools import cache
from pathlib import Path

from codemods.core.transform import Transform

GROUP = "cdktf_codemods.transforms"


class RegistryError(RuntimeError):
    """No transforms were found, or two transforms share an id."""


@cache
def all_transforms() -> tuple[Transform, ...]:
    """Every registered transform, ordered by catalog failure number, then id."""
    found: list[Transform] = []
    for _, value in registered():
        found.extend(_load(value)())
    if not found:
        raise RegistryError(f"no transforms registered under the entry point group {GROUP!r}: "
                            "is cdktf-codemods installed (pip install .)?")
    names = [t.id for t in found] + [a for t in found for a in getattr(t, "aliases", ())]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise RegistryError(f"duplicate transform ids: {duplicates}")
    return tuple(sorted(found, key=lambda t: (t.failure if t.failure is not None else 99, t.id)))


def by_id() -> dict[str, Transform]:
    """Transforms by id, and by every former id (alias) they still answer to."""
    table = {t.id: t for t in all_transforms()}
    for t in all_transforms():
        for alias in getattr(t, "aliases", ()):
            table[alias] = t
    return table


def registered() -> list[tuple[str, str]]:
    """(name, ``module:attribute``) of every entry point of :data:`GROUP`, by name.

    ``importlib.metadata`` costs more to import than a small file costs to fix, so the answer is
    kept in ``__pycache__`` under a digest of every import path and the time it last changed (an
    install or removal changes its folder); a missing or unreadable file means asking again.
    """
    file = Path(__file__).parent / "__pycache__" / f"entry-points-{_paths_digest()}.json"
    try:
        kept = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(kept, list) and all(isinstance(e, list) and len(e) == 2 for e in kept):
            return [tuple(e) for e in kept]
    except (OSError, ValueError):
        pass
    from importlib.metadata import entry_points

    found = sorted((e.name, e.value) for e in entry_points(group=GROUP))
    try:
        scratch = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        scratch.write_text(json.dumps(found), encoding="utf-8")
        os.replace(scratch, file)
        for stale in file.parent.glob("entry-points-*.json"):
            if stale != file:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only install asks every time
    return found


def _paths_digest() -> str:
    digest = hashlib.sha256()
    for entry in sys.path:
        try:
            changed = os.stat(entry or ".").st_mtime_ns
        except OSError:
            changed = -1
        digest.update(f"{entry}\0{changed}\0".encode())
    return digest.hexdigest()[:16]


def _load(value: str):
    """The object an entry point's ``module:attribute.path`` names."""
    module, _, attribute = value.partition(":")
    found = importlib.import_module(module.strip())
    for part in attribute.strip().split(".") if attribute.strip() else ():
        found = getattr(found, part)
    return found
