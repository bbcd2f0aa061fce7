"""The transforms a run can use, found through the ``cdktf_codemods.transforms`` entry points.

The engine and its helpers never import a transform: the application hands the set it found here
to :class:`~codemods.core.engine.RunConfig`. The project's own transforms are registered in
``pyproject.toml`` (``transforms:all_transforms``); another installed package can add its own
under the same group. Each entry point names a callable that returns transforms.
"""
from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

from codemods.core.transform import Transform

GROUP = "cdktf_codemods.transforms"


class RegistryError(RuntimeError):
    """No transforms were found, or two transforms share an id."""


@cache
def all_transforms() -> tuple[Transform, ...]:
    """Every registered transform, ordered by catalog failure number, then id."""
    found: list[Transform] = []
    for entry in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        found.extend(entry.load()())
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
