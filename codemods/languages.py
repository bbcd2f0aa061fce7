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


def import_zones(language: str, tree: Any, text: bytes) -> tuple[tuple[int, int], ...]:
    """The byte span of a file's top-level imports, through the end of the last one's line.

    Fixes that edit imports there conflict unless their edits are identical (see ``apply_fixes``).
    """
    if language in ("typescript", "tsx"):
        imports = [n for n in tree.root_node.named_children if n.type == "import_statement"]
        if not imports:
            return ()
        return ((imports[0].start_byte, typescript.line_end(text, imports[-1].end_byte)),)
    if language == "python" and tree is not None:
        import libcst

        from . import python

        statements = [
            s for s in tree.body
            if isinstance(s, libcst.SimpleStatementLine) and any(isinstance(b, (libcst.Import, libcst.ImportFrom)) for b in s.body)
        ]
        if not statements:
            return ()
        idx = python.index(tree)
        return ((idx.start(statements[0]), idx.end(statements[-1])),)
    return ()
