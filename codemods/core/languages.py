"""The engine's view of a language: a backend module per language, loaded on first use.

The core knows languages only by name. Each backend (``codemods.typescript.language``,
``codemods.python.language``) provides ``parse(text, language)``, ``problems(tree)`` (the syntax
measure the engine's guard compares), ``import_zones(tree, text)``, ``comments(language, tree,
text)`` (for suppressions), ``node_span(tree, node)`` (a node's byte span, for
``Context.finding``) and ``imports(ctx)`` (the per-file import helper). Python files alone
pay for libcst: its backend is imported only when a Python file is parsed.
"""
from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType
from typing import Any

#: language name -> backend module
BACKENDS = {
    "typescript": "codemods.typescript.language",
    "tsx": "codemods.typescript.language",
    "python": "codemods.python.language",
}


class ParseFailure(Exception):
    """The file cannot be parsed at all (only Python: libcst has no error recovery)."""


@cache
def backend(language: str) -> ModuleType:
    try:
        name = BACKENDS[language]
    except KeyError:
        raise ValueError(f"unknown language {language!r}") from None
    return importlib.import_module(name)


def parse(language: str, text: bytes) -> Any:
    return backend(language).parse(text, language)


def problems(language: str, tree: Any) -> int:
    """How badly a parse went: ERROR and MISSING nodes for TypeScript; 0 for a parsed Python module."""
    return backend(language).problems(tree)


def try_parse(language: str, text: bytes) -> tuple[Any, int]:
    """The tree and its problem count; an unparsable Python file counts as infinitely bad."""
    try:
        tree = parse(language, text)
    except ParseFailure:
        return None, 1 << 30
    return tree, problems(language, tree)


def import_zones(language: str, tree: Any, text: bytes) -> tuple[tuple[int, int], ...]:
    """The byte span of a file's top-level imports, through the end of the last one's line.

    Fixes that edit imports there conflict unless their edits are identical (see ``apply_fixes``).
    """
    if tree is None:
        return ()
    return backend(language).import_zones(tree, text)


def comments(language: str, tree: Any, text: bytes) -> list[tuple[int, int, str, bool]]:
    return backend(language).comments(language, tree, text)
