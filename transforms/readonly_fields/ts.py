"""readonly-fields: a ``readonly`` class field that the class assigns outside its constructor.

What it fixes
    A field declared ``readonly`` (``public readonly cpuAlarm: CloudwatchMetricAlarm;``) that a
    method of the same class assigns (``this.cpuAlarm = new CloudwatchMetricAlarm(...)`` in a
    ``createAlarms()`` helper the constructor calls, or in a callback) loses its ``readonly``.

Why
    TypeScript lets only the constructor itself assign a readonly field; anywhere else it is
    TS2540 "Cannot assign to 'cpuAlarm' because it is a read-only property". Models write
    stacks as a constructor that calls helper methods, each making a few resources and keeping
    them in ``public readonly`` fields. Dropping the modifier is what makes that code compile;
    the fields still hold the same objects.

Example
    public readonly alarm: CloudwatchMetricAlarm;
    constructor(scope: Construct, id: string) { super(scope, id); this.createAlarms(); }
    private createAlarms() { this.alarm = new CloudwatchMetricAlarm(this, "cpu", {...}); }
    becomes
    public alarm: CloudwatchMetricAlarm;
    ...

What it leaves alone
    Fields assigned only in the constructor's own body, ``readonly`` parameter properties
    (``constructor(private readonly props: Props)``), assignments to fields of other objects or
    of another class (a subclass assigning its parent's field), and classes with a syntax error.

Fix safety
    Safe: only the field's type changes; the same code runs.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts

_CLASSES = ts.shared("[(class_declaration body: (class_body) @body) (abstract_class_declaration body: (class_body) @body) (class body: (class_body) @body)]")
_ASSIGNMENTS = """[(assignment_expression left: (member_expression object: (this) property: (property_identifier) @field))
  (augmented_assignment_expression left: (member_expression object: (this) property: (property_identifier) @field))]"""
_FUNCTIONS = ("method_definition", "arrow_function", "function_expression", "function_declaration",
              "generator_function", "generator_function_declaration")
_CLASS_NODES = ("class_declaration", "abstract_class_declaration", "class")


class ReadonlyFields(Transform):
    id = "readonly-fields"
    name = "Readonly fields assigned outside the constructor"
    summary = "Drop readonly from a class field that the class assigns outside its constructor."
    safety = Safety.SAFE
    requires = (b"readonly",)

    def check(self, ctx):
        for body in ts.captures(ctx.language, _CLASSES, ctx.tree.root_node).get("body", []):
            if body.has_error:
                continue
            fields = _readonly_fields(body)
            if not fields:
                continue
            for name, keyword in fields.items():
                outside = [a for a in _assignments(ctx, body, name) if not _in_constructor(a, body)]
                if outside:
                    line, _ = ctx.file.line_col(outside[0].start_byte)
                    yield ctx.finding(f"{name} is readonly but assigned outside the constructor (line {line}): "
                                      "drop readonly", keyword, [_drop(ctx.source, keyword)])


def _readonly_fields(body: Node) -> dict[str, Node]:
    """The body's ``readonly`` fields: name -> the ``readonly`` keyword of the declaration."""
    found = {}
    for member in body.named_children:
        if member.type != "public_field_definition":
            continue
        keyword = next((c for c in member.children if c.type == "readonly"), None)
        name = member.child_by_field_name("name")
        if keyword is not None and name is not None and name.type == "property_identifier":
            found[ts.text(name)] = keyword
    return found


def _assignments(ctx, body: Node, name: str) -> list[Node]:
    """``this.<name> = ...`` in the class body, not in a nested class."""
    found = []
    for node in ts.captures(ctx.language, _ASSIGNMENTS, body).get("field", []):
        if ts.text(node) == name and ts.enclosing(node, *_CLASS_NODES) == body.parent:
            found.append(node)
    return found


def _in_constructor(node: Node, body: Node) -> bool:
    """Whether the nearest function around ``node`` is the class's constructor."""
    function = ts.enclosing(node, *_FUNCTIONS)
    if function is None or function.type != "method_definition" or function.parent != body:
        return False
    name = function.child_by_field_name("name")
    return name is not None and ts.text(name) == "constructor"


def _drop(source: bytes, keyword: Node) -> Edit:
    """Remove ``readonly`` and the blanks after it."""
    end = keyword.end_byte
    while end < len(source) and source[end:end + 1] in (b" ", b"\t"):
        end += 1
    return Edit(keyword.start_byte, end, "")


TRANSFORM = ReadonlyFields()
