"""The Python backend of the engine: parsing with libcst, the import zone, comments."""
from __future__ import annotations

import io
import re
import tokenize
from typing import Any

import libcst

from codemods.core.languages import ParseFailure
from codemods.python import syntax


def parse(text: bytes, language: str = "python") -> Any:
    try:
        return libcst.parse_module(text)
    except libcst.ParserSyntaxError as exc:
        raise ParseFailure(f"Python syntax error at line {exc.raw_line}, column {exc.raw_column}") from None


def problems(tree: Any) -> int:
    """0 for a parsed module: libcst has no error recovery, so a tree has no errors in it."""
    return 0


def import_zones(tree: Any, text: bytes) -> tuple[tuple[int, int], ...]:
    """The byte span from the first top-level import statement to the end of the last."""
    statements = [
        s for s in tree.body
        if isinstance(s, libcst.SimpleStatementLine) and any(isinstance(b, (libcst.Import, libcst.ImportFrom)) for b in s.body)
    ]
    if not statements:
        return ()
    idx = syntax.index(tree)
    return ((idx.start(statements[0]), idx.end(statements[-1])),)


def comments(language: str, tree: Any, text: bytes) -> list[tuple[int, int, str, bool]]:
    """(start, end, text after the ``#``, before any code) of each comment, from the tokenizer."""
    line_starts = [0] + [m.end() for m in re.finditer(rb"\n", text)]
    found = []
    seen_code = False
    try:
        for token in tokenize.tokenize(io.BytesIO(text).readline):
            if token.type == tokenize.COMMENT:
                row, col = token.start
                start = line_starts[row - 1] + len(token.line[:col].encode("utf-8"))
                end = start + len(token.string.encode("utf-8"))
                found.append((start, end, token.string[1:], not seen_code))
            elif token.type not in (tokenize.ENCODING, tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER):
                seen_code = True
    except (tokenize.TokenError, SyntaxError):
        pass
    return found


def imports(ctx: Any) -> Any:
    """The file's import helper (``codemods.python.imports.Imports``), one per context."""
    from codemods.python.imports import Imports

    return Imports(ctx.source, ctx.tree)


def node_span(tree: Any, node: Any) -> tuple[int, int]:
    """The byte span of a libcst node of ``tree``."""
    return syntax.index(tree).span(node)
