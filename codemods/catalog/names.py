"""Resolving the provider names models write to the names the pinned provider exports.

The rules live in :mod:`codemods.catalog.resolve`; this module gives every transform the same
resolver for a catalog (:func:`resolver_for`) and the short form most of them need
(:func:`resolve_name`). The catalogs of the other provider packages reach the resolver through
:func:`other_catalogs`.
"""
from __future__ import annotations

from functools import cache

from . import AWS, Catalog, known_packages, load_catalog
from .resolve import Resolution, Resolver


def other_catalogs(package: str) -> tuple[Catalog, ...]:
    """The shipped catalogs of the provider packages other than ``package``."""
    return tuple(load_catalog(p) for p in known_packages() if p != package)


@cache
def resolver_for(catalog: Catalog) -> Resolver:
    """The resolver over ``catalog``, the other packages' catalogs and, for the AWS provider, the
    renames its recorded majors prove; one per catalog."""
    history = None
    if catalog.package == AWS:
        from .history import load_history

        history = load_history
    return Resolver(catalog, lambda: other_catalogs(catalog.package), history)


def resolve(catalog: Catalog, name: str, namespace: str | None = None, value: bool = False) -> Resolution:
    """The full :class:`Resolution` of ``name`` (target, rule, or the candidates)."""
    return resolver_for(catalog).resolve(name, namespace, value)


def resolve_name(catalog: Catalog, name: str, namespace: str | None = None) -> tuple[str, str] | None:
    """(module, exported name) for a class or interface name of ``catalog``'s package as a model
    wrote it, when exactly one export is meant; else None."""
    target = resolve(catalog, name, namespace).target
    if target is None or target.package != catalog.package:
        return None
    return target.module, target.name
