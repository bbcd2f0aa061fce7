"""CDKTF shapes in TypeScript: ``new Class(scope, id, { ... })`` and edits on object literals.

Shared by transforms so that none of them re-implements finding constructs, reading properties,
or inserting and removing a property in the file's own layout.
"""
from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, merge_insertions
from codemods.typescript import syntax as ts

_NEW = ts.shared("(new_expression constructor: (_) @ctor arguments: (arguments) @args) @new")


@dataclass(frozen=True)
class Construction:
    """A ``new X(...)`` expression: the class name as written last (``aws.vpc.Vpc`` -> ``Vpc``)."""

    node: Node
    class_name: str
    arguments: list[Node]

    @property
    def config(self) -> Node | None:
        """The third argument when it is an object literal (the construct's config)."""
        if len(self.arguments) >= 3:
            value = ts.unwrap(self.arguments[2])
            if value is not None and value.type == "object":
                return value
        return None

    @property
    def id_text(self) -> str | None:
        return ts.string_value(self.arguments[1]) if len(self.arguments) >= 2 else None


def class_name(ctor: Node) -> str:
    """The last name of a constructor expression: ``Vpc``, ``aws.vpc.Vpc`` -> ``Vpc``."""
    if ctor.type == "member_expression":
        return ts.text(ctor.child_by_field_name("property"))
    return ts.text(ctor)


def constructions(language: str, root: Node, names: Collection[str] | None = None) -> list[Construction]:
    """Every ``new`` expression under ``root`` whose class name is in ``names`` (all when None)."""
    every, by_class = _constructions(language, root)
    if names is None:
        return list(every)
    if len(names) == 1:
        return list(by_class.get(next(iter(names)), ()))
    picked = [c for name in set(names) for c in by_class.get(name, ())]
    return sorted(picked, key=lambda c: c.node.start_byte)


@functools.lru_cache(maxsize=32)
def _constructions(language: str, root: Node) -> tuple[tuple[Construction, ...], dict[str, tuple[Construction, ...]]]:
    """The tree's index of constructions, built in one walk and shared by every transform of a
    pass: all of them in source order, and by class name."""
    every = []
    for caps in ts._matches(language, _NEW, root):
        args = [a for a in caps["args"][0].named_children if a.type != "comment"]
        every.append(Construction(caps["new"][0], class_name(caps["ctor"][0]), args))
    by_class: dict[str, list[Construction]] = {}
    for construction in every:
        by_class.setdefault(construction.class_name, []).append(construction)
    return tuple(every), {name: tuple(found) for name, found in by_class.items()}


def key_name(pair: Node) -> str | None:
    key = pair.child_by_field_name("key")
    if key is None:
        return None
    if key.type in ("string",):
        return ts.string_value(key)
    return ts.text(key)


def properties(obj: Node) -> dict[str, Node]:
    """``pair`` and shorthand nodes of an object literal by key (the last one wins, as in JS)."""
    result: dict[str, Node] = {}
    for child in obj.named_children:
        if child.type == "pair":
            name = key_name(child)
            if name is not None:
                result[name] = child
        elif child.type == "shorthand_property_identifier":
            result[ts.text(child)] = child
    return result


def value_of(prop: Node | None) -> Node | None:
    """The value node of a pair (for a shorthand property, the identifier itself)."""
    if prop is None:
        return None
    if prop.type == "shorthand_property_identifier":
        return prop
    return prop.child_by_field_name("value")


def members(obj: Node) -> list[Node]:
    """The entries of an object literal (pairs, shorthands, spreads, methods), without comments."""
    return [c for c in obj.named_children if c.type != "comment"]


def insert_property(
    source: bytes, obj: Node, entry: str, after: Node | None = None, separator: str = ","
) -> list[Edit]:
    """Edits that add ``entry`` (``key: value``) to an object literal, in its own layout.

    The entry goes after ``after`` when given, else last. A multi-line literal gets a new line at
    the indentation of its entries, with the trailing-comma habit of the literal; a one-line
    literal gets ``, entry``. ``separator`` is what stands between entries: ``","`` in object
    literals; ``";"``, ``","`` or ``""`` (one member a line) in interface bodies and object types.
    """
    entries = members(obj)
    if not entries:
        inner = source[obj.start_byte + 1 : obj.end_byte - 1]
        if b"\n" in inner:
            indent = ts.indentation_at(source, obj.start_byte) + "  "
            closing = ts.indentation_at(source, obj.end_byte - 1)
            return [Edit(obj.start_byte + 1, obj.end_byte - 1, f"\n{indent}{entry}{separator}\n{closing}")]
        return [Edit(obj.start_byte + 1, obj.end_byte - 1, f" {entry} ")]
    anchor = after or entries[-1]
    multiline = source.count(b"\n", obj.start_byte, obj.end_byte) > 0
    comma_after = _comma_after(obj, anchor, separator)
    trailing_comma_style = _comma_after(obj, entries[-1], separator) is not None
    if not multiline:
        if comma_after is not None:
            return [Edit(comma_after.end_byte, comma_after.end_byte, f" {entry}{separator}")]
        return [Edit(anchor.end_byte, anchor.end_byte, f"{separator} {entry}")]
    indent = ts.indentation_at(source, anchor.start_byte)
    is_last = anchor.id == entries[-1].id
    suffix = separator if (trailing_comma_style or not is_last) else ""
    edits = []
    if comma_after is None:
        if separator:
            edits.append(Edit(anchor.end_byte, anchor.end_byte, separator))
        insert_at = anchor.end_byte
    else:
        insert_at = comma_after.end_byte
    insert_at = _end_of_trailing_comment(source, obj, insert_at)
    edits.append(Edit(insert_at, insert_at, f"\n{indent}{entry}{suffix}"))
    return merge_insertions(edits)


def remove_property(source: bytes, obj: Node, prop: Node) -> list[Edit]:
    """Edits that remove one entry with its comma, and its whole line when it stood alone on it."""
    start, end = prop.start_byte, prop.end_byte
    if members(obj) == [prop] and len(obj.named_children) == 1 and b"\n" not in source[obj.start_byte : obj.end_byte]:
        return [Edit(obj.start_byte + 1, obj.end_byte - 1, "")]  # `{ a: 1 }` -> `{}`
    comma = _comma_after(obj, prop)
    if comma is not None:
        end = comma.end_byte
    line_start = ts.line_start(source, start)
    before = source[line_start:start]
    end_after_comment = _end_of_trailing_comment(source, obj, end)
    rest_of_line = source[end_after_comment : ts.line_end(source, end_after_comment)]
    if before.strip() == b"" and rest_of_line.strip() == b"":
        return [Edit(line_start, ts.line_end(source, end_after_comment), "")]
    if comma is None:
        previous = _comma_before(obj, prop)
        if previous is not None:
            start = previous.start_byte
    else:
        while end < len(source) and source[end : end + 1] == b" ":
            end += 1
    return [Edit(start, end, "")]


def replace_value(prop: Node, text: str) -> Edit:
    value = value_of(prop)
    return Edit(value.start_byte, value.end_byte, text)


def _comma_after(obj: Node, entry: Node, separator: str = ",") -> Node | None:
    sibling = entry.next_sibling
    while sibling is not None and sibling.type == "comment":
        sibling = sibling.next_sibling
    return sibling if sibling is not None and separator and sibling.type == separator else None


def _comma_before(obj: Node, entry: Node) -> Node | None:
    sibling = entry.prev_sibling
    while sibling is not None and sibling.type == "comment":
        sibling = sibling.prev_sibling
    return sibling if sibling is not None and sibling.type == "," else None


def _end_of_trailing_comment(source: bytes, obj: Node, offset: int) -> int:
    """Past a ``// comment`` that follows ``offset`` on the same line, so insertions go after it."""
    for child in obj.children:
        if child.type == "comment" and child.start_byte >= offset:
            between = source[offset : child.start_byte]
            if b"\n" not in between and between.strip() in (b"", b","):
                return child.end_byte
            break
    return offset



_STRING_PROVIDER_FIELD = ts.shared("""
(property_signature name: (property_identifier) @name
  type: (type_annotation (predefined_type) @type))
""")


def copyable_provider(language: str, root: Node, config: Node) -> Node | None:
    """The ``provider`` value of a construct config, for a resource written beside it, or None.

    A string (``'aws.west'``), or a name or field the file declares as a ``string`` property
    (``drProviderAlias?: string``), is not a provider object: copying it would copy a type error
    onto a line we wrote.
    """
    value = ts.unwrap(value_of(properties(config).get("provider")))
    if value is None or value.type in ("string", "template_string"):
        return None
    if value.type == "member_expression":
        name = ts.text(value.child_by_field_name("property"))
    elif value.type == "identifier":
        name = ts.text(value)  # also a field destructured from props: `const { provider } = props`
    else:
        return value
    for caps in ts.matches(language, _STRING_PROVIDER_FIELD, root):
        if ts.text(caps["name"][0]) == name and ts.text(caps["type"][0]) == "string":
            return None
    return value
