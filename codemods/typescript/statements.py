"""Statement-level edits in TypeScript: insert new statements after one, in its indentation."""
from __future__ import annotations

from tree_sitter import Node

from codemods.core.edits import Edit
from codemods.typescript import syntax as ts


def insert_after(source: bytes, statement: Node, lines: list[str]) -> Edit:
    """An edit adding ``lines`` (without indentation or newlines) after ``statement``.

    Each line gets the statement's indentation; a trailing comment on the statement's last line
    stays with it. Written with ``\\n``: the engine turns that into the file's newline.
    """
    indent = ts.indentation_at(source, statement.start_byte)
    end = ts.line_end(source, statement.end_byte)
    body = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    if end == len(source) and not source.endswith(b"\n"):
        return Edit(end, end, "\n" + body.rstrip("\n"))
    return Edit(end, end, body)


def insert_before(source: bytes, statement: Node, lines: list[str]) -> Edit:
    """An edit adding ``lines`` before ``statement``, at its indentation."""
    indent = ts.indentation_at(source, statement.start_byte)
    start = ts.line_start(source, statement.start_byte)
    return Edit(start, start, "".join(f"{indent}{line}\n" if line else "\n" for line in lines))
