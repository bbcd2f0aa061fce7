"""The transform registry: every module in this package that defines ``TRANSFORM`` is registered.

Ids are stable once released. ``all_transforms()`` is ordered by catalog failure number, then id,
which is also the order in which the engine asks them for fixes.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil

from codemods.transform import Transform


@functools.cache
def all_transforms() -> tuple[Transform, ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        transform = getattr(module, "TRANSFORM", None)
        if transform is not None:
            found.append(transform)
    ids = [t.id for t in found]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate transform ids: {sorted(duplicates)}")
    return tuple(sorted(found, key=lambda t: (t.failure if t.failure is not None else 99, t.id)))


def by_id() -> dict[str, Transform]:
    return {t.id: t for t in all_transforms()}
