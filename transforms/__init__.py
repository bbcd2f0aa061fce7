"""The project's transforms: every module in this package (or in one of its folders) that defines
``TRANSFORM``. ``pyproject.toml`` registers :func:`all_transforms` under the
``cdktf_codemods.transforms`` entry point group, where ``codemods.registry`` finds it.

Ids are stable once released; a renamed transform keeps its former ids in ``aliases``.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil

from codemods.core.transform import Transform


@functools.cache
def all_transforms() -> tuple[Transform, ...]:
    """The transforms of this package, in module order (the registry sorts them)."""
    found = []
    for info in pkgutil.walk_packages(__path__, f"{__name__}."):
        module = importlib.import_module(info.name)
        transform = getattr(module, "TRANSFORM", None)
        if transform is not None:
            found.append(transform)
    return tuple(found)
