"""Resources written right after another one: how code refers to the owner, where the new statement
can go, and fresh construct ids and variable names for it.

Shared by transforms that add a resource pointing at an existing one (``bucket: logs.id``) or that
move settings from one construct to another. The owner is referred to by the variable or member it
is assigned to; an owner that is not assigned gets a ``const`` first.
"""
from __future__ import annotations

import re

from tree_sitter import Node

from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports
from codemods.typescript.objects import Construction

WRAPPERS = ("parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression")
_HOLDERS = ("lexical_declaration", "variable_declaration", "expression_statement", "export_statement")


def reference_of(construction: Construction) -> str | None:
    """How code refers to the construct: the variable or member it is assigned to (``logs``,
    ``this.logs``, without spaces), if any."""
    holder = construction.node.parent
    while holder is not None and holder.type in WRAPPERS:
        holder = holder.parent
    if holder is None:
        return None
    if holder.type == "variable_declarator" and holder.child_by_field_name("name").type == "identifier":
        return ts.text(holder.child_by_field_name("name"))
    if holder.type == "assignment_expression":
        return compact(holder.child_by_field_name("left"))
    return None


def statement_holding(construction: Construction, reference: str | None) -> Node | None:
    """The statement the construct is created in, when a new statement can follow it: a
    declaration or assignment when it is referred to, else an expression statement of its own."""
    statement = ts.statement_of(construction.node)
    if statement.parent is None or statement.parent.type not in ("statement_block", "program"):
        return None
    if reference is None:
        return statement if statement.type == "expression_statement" and \
            ts.unwrap(statement.named_children[0]) == construction.node else None
    return statement if statement.type in _HOLDERS else None


def compact(node: Node) -> str:
    """The text of an expression without whitespace, to compare references."""
    return "".join(ts.text(node).split())


def camel_case(text: str) -> str:
    """``app-logs`` -> ``appLogs``, ``SecProject-Logs`` -> ``secProjectLogs``."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    words = [w.lower() if w.isupper() else w for w in words]
    joined = "".join(w[:1].upper() + w[1:] for w in words)
    return joined[:1].lower() + joined[1:]


def id_key(node: Node) -> str:
    """A construct id as written, with plain strings compared by value (``'a'`` equals ``"a"``)."""
    value = ts.string_value(ts.unwrap(node))
    return value if value is not None else ts.text(node)


def derived_id(node: Node, suffix: str, quote: str) -> tuple[str, str]:
    """The id ``node`` with ``suffix`` appended, as code and as :func:`id_key` reads it back; a
    template id gets the suffix before its closing backtick, another expression becomes a template."""
    value = ts.string_value(node)
    if node.type == "string":
        return f"{quote}{value}{suffix}{quote}", value + suffix
    if node.type == "template_string":
        text = ts.text(node)[:-1] + suffix + "`"
        return text, (value + suffix if value is not None else text)
    text = f"`${{{ts.text(node)}}}{suffix}`"
    return text, text


def reindented(source: bytes, node: Node, indent: str) -> list[str]:
    """The lines of ``node``'s text, its continuation lines moved from the indentation of the line
    it ends on (a closing brace's) to ``indent`` (the first line is returned without indentation)."""
    base = ts.indentation_at(source, max(node.end_byte - 1, node.start_byte))
    first, *rest = ts.text(node).split("\n")
    moved = [indent + line[len(base):] if line.startswith(base) else indent + line.lstrip() for line in rest]
    return [first.rstrip("\r")] + [line.rstrip("\r") for line in moved]


def entry_lines(source: bytes, obj: Node, indent: str, trailing_comma: str, leave_out: tuple[Node, ...] = ()) -> list[str]:
    """The entries of an object literal one a line at ``indent``, each followed by a comma (the last
    one by ``trailing_comma``); a comment that ends an entry's line stays on it, others get their
    own line. Entries in ``leave_out`` are skipped with the comments on their line."""
    kept = [m for m in objects.members(obj) if m not in leave_out]
    lines: list[str] = []
    previous = None
    for child in obj.named_children:
        same_line = previous is not None and source.count(b"\n", previous.end_byte, child.start_byte) == 0
        if child.type == "comment" and same_line:
            if previous in kept:
                lines[-1] += " " + ts.text(child)
            continue
        previous = child
        if child.type != "comment" and child not in kept:
            continue
        text = reindented(source, child, indent)
        if child.type != "comment" and (child != kept[-1] or trailing_comma):
            text[-1] += ","
        lines += [indent + text[0]] + text[1:]
    return lines


class Names:
    """Construct ids and variable names handed out in one pass, so that two new ones never clash."""

    def __init__(self, imports: Imports, constructions: list[Construction]) -> None:
        self.imports = imports
        self.ids = {id_key(c.arguments[1]) for c in constructions if len(c.arguments) > 1}
        self.variables: set[str] = set()

    def construct_id(self, owner: Construction, suffix: str, quote: str) -> str:
        """``<owner id><suffix>`` in the id's own form, with ``-2``, ``-3``... when taken."""
        node = ts.unwrap(owner.arguments[1])
        n = 1
        while True:
            text, key = derived_id(node, suffix if n == 1 else f"{suffix}-{n}", quote)
            if key not in self.ids:
                self.ids.add(key)
                return text
            n += 1

    def variable(self, owner: Construction, kind: str) -> str:
        """``<camelCase of the owner's id><Kind>`` (``<kind>`` for an id that is not a plain string), unused."""
        base = camel_case(ts.string_value(owner.arguments[1]) or "")
        lower = kind[:1].lower() + kind[1:]
        if not base[:1].isalpha():
            base = lower + base[:1].upper() + base[1:]
        if not base.lower().endswith(kind.lower()):
            base += kind
        name = self.imports.fresh_name(base, self.variables)
        self.variables.add(name)
        return name
