"""Per-language parsing and the syntax measure the engine's guard compares."""
from __future__ import annotations

from typing import Any

from . import typescript


class ParseFailure(Exception):
    """The file cannot be parsed at all (only Python: libcst has no error recovery)."""


def parse(language: str, text: bytes) -> Any:
    if language in ("typescript", "tsx"):
        return typescript.parse(text, language)
    if language == "python":
        import libcst  # imported lazily: only Python files pay for it

        try:
            return libcst.parse_module(text)
        except libcst.ParserSyntaxError as exc:
            raise ParseFailure(f"Python syntax error at line {exc.raw_line}, column {exc.raw_column}") from None
    raise ValueError(f"unknown language {language!r}")


def problems(language: str, tree: Any) -> int:
    """How badly a parse went: ERROR and MISSING nodes for TypeScript; 0 for a parsed Python module."""
    if language in ("typescript", "tsx"):
        return typescript.problem_count(tree)
    return 0


def try_parse(language: str, text: bytes) -> tuple[Any, int]:
    """The tree and its problem count; an unparsable Python file counts as infinitely bad."""
    try:
        tree = parse(language, text)
    except ParseFailure:
        return None, 1 << 30
    return tree, problems(language, tree)
