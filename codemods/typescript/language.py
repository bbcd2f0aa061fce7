"""The TypeScript backend of the engine: parsing, the syntax measure, the import zone, comments."""
from __future__ import annotations

from typing import Any

from codemods.typescript import syntax

NOT_CODE = ("comment", "hash_bang_line")


def parse(text: bytes, language: str) -> Any:
    return syntax.parse(text, language)


def problems(tree: Any) -> int:
    """ERROR and MISSING nodes of the tree."""
    return syntax.problem_count(tree)


def import_zones(tree: Any, text: bytes) -> tuple[tuple[int, int], ...]:
    """The byte spans of the top-level imports: one per run of import statements (comments between
    them included), each through the end of its last import's line. A file made of several
    concatenated modules has one run per module; the code between runs is no import zone."""
    zones: list[tuple[int, int]] = []
    run: list[Any] = []
    for node in tree.root_node.named_children:
        if node.type == "import_statement":
            run.append(node)
        elif node.type != "comment" and run:
            zones.append((run[0].start_byte, syntax.line_end(text, run[-1].end_byte)))
            run = []
    if run:
        zones.append((run[0].start_byte, syntax.line_end(text, run[-1].end_byte)))
    return tuple(zones)


def comments(language: str, tree: Any, text: bytes) -> list[tuple[int, int, str, bool]]:
    """(start, end, text inside the delimiters, among the leading comments) of each comment."""
    root = tree.root_node
    first_code = next((c.start_byte for c in root.named_children if c.type not in NOT_CODE), None)
    found = []
    for node in syntax.captures(language, "(comment) @comment", root).get("comment", []):
        raw = syntax.text(node)
        body = raw[2:-2] if raw.startswith("/*") else raw[2:]
        leading = first_code is None or node.start_byte < first_code
        found.append((node.start_byte, node.end_byte, body, leading))
    return found


def imports(ctx: Any) -> Any:
    """The file's import helper (``codemods.typescript.imports.Imports``), one per context."""
    from codemods.typescript.imports import Imports

    return Imports(ctx.source, ctx.tree.root_node, ctx.language)


def node_span(tree: Any, node: Any) -> tuple[int, int]:
    """The byte span of a tree-sitter node."""
    return node.start_byte, node.end_byte
