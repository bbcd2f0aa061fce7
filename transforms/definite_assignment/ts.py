"""definite-assignment: a class field the constructor does not assign on every path gets ``!``.

What it fixes
    A class property declared with a type and without an initializer
    (``public readonly bucket: S3Bucket;``) that the constructor does not assign on every path:
    it is assigned only inside an ``if`` without an ``else`` that assigns it too, a loop, a
    ``try``, a ``switch``, a callback, or in a method the constructor calls (a class without a
    constructor of its own assigns nothing in one). The declaration gets the definite
    assignment assertion: ``public readonly bucket!: S3Bucket;``.

Why
    With ``strict`` (``strictPropertyInitialization``) TypeScript rejects such a field
    (TS2564 "Property 'bucket' has no initializer and is not definitely assigned in the
    constructor"). Models create resources under a condition (``if (props.enableLogs)``) or in
    helper methods and keep them in fields typed without ``undefined``.

Example
    class Storage extends Construct {
      public readonly logs: S3Bucket;
      constructor(scope: Construct, id: string, props: StorageProps) {
        super(scope, id);
        if (props.enableLogs) {
          this.logs = new S3Bucket(this, "logs", {});
        }
      }
    }
    becomes
    class Storage extends Construct {
      public readonly logs!: S3Bucket;
      ...

What it leaves alone
    Fields with an initializer, ``?`` or ``!``; ``static``, ``declare`` and ``abstract`` fields;
    fields without a type or whose type is ``any``, ``unknown`` or includes ``undefined`` (not
    checked by TypeScript); fields the constructor assigns at its top level, or in both branches
    of an ``if``/``else`` (definitely assigned). A field that nothing in its class assigns is
    reported and left as it is: ``!`` would hide that it stays undefined.

Fix safety
    Opinionated: the code compiles as written, but a read of the field where the condition did
    not hold gives ``undefined`` at run time, which the type no longer says; typing the field
    ``X | undefined`` (or ``?``) and checking the reads is the stricter repair.
"""
from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts

_CLASSES = ts.shared("[(class_declaration body: (class_body) @body) (class body: (class_body) @body) (abstract_class_declaration body: (class_body) @body)]")
_THIS_ASSIGNMENTS = """(assignment_expression
  left: (member_expression object: (this) property: [(property_identifier) (private_property_identifier)] @name))"""
#: Modifiers after which TypeScript does not check a field's initialization.
_UNCHECKED = frozenset({"static", "declare", "abstract", "?", "!"})
#: Types TypeScript does not check for initialization.
_UNCHECKED_TYPES = frozenset({"any", "unknown", "undefined", "void"})


class DefiniteAssignment(Transform):
    id = "definite-assignment"
    name = "Definite assignment"
    summary = "Add ! to a typed class field that the constructor assigns only under a condition."
    safety = Safety.OPINIONATED
    # Every field this transform marks is declared in a class.
    requires = (b"class",)

    def check(self, ctx):
        for caps in ts.matches(ctx.language, _CLASSES, ctx.tree.root_node):
            body = caps["body"][0]
            constructor = _constructor(body)
            definite = _definitely_assigned(constructor.child_by_field_name("body")) if constructor else set()
            assigned = {ts.text(c["name"][0]) for c in ts.matches(ctx.language, _THIS_ASSIGNMENTS, body)}
            for field, name in _checked_fields(body):
                text = ts.text(name)
                if text in definite:
                    continue
                if text not in assigned:
                    yield ctx.finding(f"{text} has no initializer and nothing in its class assigns it; left as it is", name)
                    continue
                yield ctx.finding(f"{text} is not assigned on every path of the constructor: declare it {text}!",
                                  name, [Edit(name.end_byte, name.end_byte, "!")])


def _constructor(body: Node) -> Node | None:
    for member in body.named_children:
        name = member.child_by_field_name("name") if member.type == "method_definition" else None
        if name is not None and ts.text(name) == "constructor" and member.child_by_field_name("body") is not None:
            return member
    return None


def _checked_fields(body: Node) -> Iterator[tuple[Node, Node]]:
    """(declaration, name) of each field TypeScript checks for initialization."""
    for member in body.named_children:
        if member.type != "public_field_definition" or member.child_by_field_name("value") is not None:
            continue
        name, annotation = member.child_by_field_name("name"), member.child_by_field_name("type")
        if name is None or name.type not in ("property_identifier", "private_property_identifier") or annotation is None:
            continue
        if any(c.type in _UNCHECKED for c in member.children):
            continue
        if _unchecked_type(annotation.named_children[0] if annotation.named_children else None):
            continue
        yield member, name


def _unchecked_type(node: Node | None) -> bool:
    """Whether the type is ``any``/``unknown`` or a union with ``undefined`` (or ``void``)."""
    if node is None:
        return True
    if node.type == "parenthesized_type":
        return _unchecked_type(node.named_children[0] if node.named_children else None)
    if node.type == "union_type":
        return any(_unchecked_type(c) for c in node.named_children)
    return node.type in ("predefined_type", "literal_type", "undefined") and ts.text(node) in _UNCHECKED_TYPES


def _definitely_assigned(statement: Node | None) -> set[str]:
    """The fields of ``this`` that every path through ``statement`` assigns (a light analysis:
    plain statements and blocks in order, ``if`` with ``else`` by both branches; anything else,
    loops, ``try``, ``switch`` and callbacks, assigns nothing definitely)."""
    if statement is None:
        return set()
    if statement.type == "statement_block":
        found: set[str] = set()
        for child in statement.named_children:
            found |= _definitely_assigned(child)
            if child.type in ("return_statement", "throw_statement"):
                break
        return found
    if statement.type == "expression_statement":
        expression = statement.named_children[0] if statement.named_children else None
        return _assigned_by(expression)
    if statement.type == "if_statement":
        alternative = statement.child_by_field_name("alternative")
        if alternative is None:
            return set()
        otherwise = alternative.named_children[0] if alternative.named_children else None
        return _definitely_assigned(statement.child_by_field_name("consequence")) & _definitely_assigned(otherwise)
    return set()


def _assigned_by(expression: Node | None) -> set[str]:
    """``this.x = this.y = value`` assigns x and y."""
    found = set()
    while expression is not None and expression.type == "assignment_expression":
        left = expression.child_by_field_name("left")
        if left.type == "member_expression" and left.child_by_field_name("object").type == "this":
            found.add(ts.text(left.child_by_field_name("property")))
        expression = ts.unwrap(expression.child_by_field_name("right"))
    return found


TRANSFORM = DefiniteAssignment()
