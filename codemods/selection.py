"""Choosing transforms by id (``--select`` / ``--ignore``)."""
from __future__ import annotations

from collections.abc import Iterable

from codemods.core.transform import Transform
from codemods.registry import all_transforms, by_id


class UnknownTransform(ValueError):
    """A transform id that the registry does not know."""


def select_transforms(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Transform]:
    """The registered transforms, narrowed to ``select`` (all when empty) minus ``ignore``.

    Ids may be given comma-separated; a former id selects the transform it became. Unknown ids raise :class:`UnknownTransform` naming them.
    """
    registry = by_id()
    chosen = _split(select)
    dropped = _split(ignore)
    unknown = sorted((chosen | dropped) - registry.keys())
    if unknown:
        raise UnknownTransform(f"unknown transform id: {', '.join(unknown)} (see `codemod list`)")
    chosen = {registry[i].id for i in chosen}
    dropped = {registry[i].id for i in dropped}
    return [t for t in all_transforms() if (not chosen or t.id in chosen) and t.id not in dropped]


def _split(values: Iterable[str] | None) -> set[str]:
    return {part.strip() for value in values or () for part in value.split(",") if part.strip()}
