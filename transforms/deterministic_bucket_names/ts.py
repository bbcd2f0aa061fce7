"""deterministic-bucket-names (failure 3): give S3 buckets names that are the same on every synth.

What it fixes
    An ``S3Bucket`` whose ``bucket`` (or ``bucketPrefix``) is built from values that change on
    every run: ``Date.now()``, ``Math.random()``, ``new Date()``, ``randomUUID()``,
    ``randomBytes()``, ``Fn.uuid()``, ``Fn.timestamp()``, ``uuidv4()``, ``nanoid()``, written in
    the name or reached through a ``const`` (or a ``this.name = ...`` assignment) declared before
    it. Only the random part of the name is replaced, by a fixed suffix constant
    (``const uniqueSuffix = '0001';``, the ``suffix`` option) declared before the first statement
    that needs it, in the method (or top-level code) that holds it; an existing
    ``const uniqueSuffix = '...'`` in reach is reused. A ``const`` that held only the random value, and an import (``randomUUID``, ``Fn``)
    that only the random part used, are removed when nothing else uses them. Such a bucket also
    gets ``forceDestroy: true``, and so does any other bucket without ``forceDestroy`` (named, or
    left to Terraform to name).

Why
    A name that changes on every synth makes Terraform replace the bucket on every deploy (the
    old one, with its objects, is destroyed or left behind). With a fixed name, ``forceDestroy``
    lets a test or CI stack be torn down although the bucket holds objects.

Example
    new S3Bucket(this, 'logs', {
      bucket: `app-logs-${Date.now()}`,
    });
    becomes
    // A fixed suffix keeps the bucket name the same on every synth
    const uniqueSuffix = '0001';
    new S3Bucket(this, 'logs', {
      bucket: `app-logs-${uniqueSuffix}`,
      forceDestroy: true,
    });

What it leaves alone
    ``forceDestroy: false`` written explicitly (a decision to keep the objects). A config with a
    spread (``...props``), which may set ``forceDestroy``, gets no ``forceDestroy``. A name that is
    random as a whole (``bucket: Fn.uuid()``) is reported, not guessed. A bucket declared as a
    class field, where no statement can hold the suffix, is reported. Random values outside
    bucket names (tags, other resources' names) stay.

Fix safety
    Opinionated: the bucket gets another name (Terraform replaces it once) and may be destroyed
    with its objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.objects import Construction
from codemods.typescript.statements import insert_before
from transforms.deterministic_bucket_names import ID, OPTIONS

NAME_KEYS = ("bucket", "bucketPrefix")
SUFFIX_NAME = "uniqueSuffix"
RANDOM_CALLS = frozenset({"Date.now", "Math.random", "Fn.uuid", "Fn.timestamp", "uuid.v4"})
RANDOM_FUNCTIONS = frozenset({"randomUUID", "randomBytes", "uuidv4", "nanoid"})
STRING_METHODS = frozenset({
    "toString", "toLowerCase", "toUpperCase", "substring", "substr", "slice", "replace",
    "replaceAll", "trim", "padStart", "padEnd",
})
FUNCTIONS = ("arrow_function", "function_declaration", "function_expression", "method_definition",
             "generator_function_declaration", "generator_function", "function")
MAX_DEPTH = 8

_CALLS = "[(call_expression) (new_expression)] @call"
_VALUE_NAMES = ("identifier", "shorthand_property_identifier")


class DeterministicBucketNames(Transform):
    id = ID
    name = "Deterministic bucket names"
    failure = 3
    summary = "Replace random parts of S3 bucket names by a fixed suffix and set forceDestroy."
    safety = Safety.OPINIONATED
    requires = (b"S3Bucket",)
    options = OPTIONS

    def check(self, ctx):
        finder = _RandomParts(ctx.language)
        found = objects.constructions(ctx.language, ctx.tree.root_node, {"S3Bucket"})
        read = (_Bucket.read(c, finder) for c in found)
        buckets = sorted(filter(None, read), key=lambda b: b.first_part.start_byte)
        suffixes = _Suffixes(ctx)
        plans = {b.key: suffixes.for_part(b.first_part) for b in buckets if b.parts and b.whole is None}
        removals = _now_unused(ctx, [b for b in buckets if plans.get(b.key)], finder)
        for bucket in buckets:
            yield from _findings(ctx, bucket, plans.get(bucket.key), removals.get(bucket.key, []))


@dataclass
class _Bucket:
    """An S3Bucket with an object-literal config, and the random parts of its name."""

    construction: Construction
    config: Node
    parts: list[Node] = field(default_factory=list)
    whole: Node | None = None  # a name value that is random as a whole

    @classmethod
    def read(cls, construction: Construction, finder: "_RandomParts") -> "_Bucket | None":
        config = construction.config
        if config is None:
            return None
        bucket = cls(construction, config)
        props = objects.properties(config)
        for key in NAME_KEYS:
            value = ts.unwrap(objects.value_of(props.get(key)))
            if value is None:
                continue
            parts = finder.parts(value)
            if parts == [value]:
                bucket.whole = value
            else:
                bucket.parts += parts
        return bucket

    @property
    def key(self) -> int:
        return self.construction.node.id

    @property
    def first_part(self) -> Node:
        return min(self.parts, key=lambda p: p.start_byte, default=self.construction.node)

    @property
    def label(self) -> str:
        args = self.construction.arguments
        return ts.text(args[1]) if len(args) > 1 else "(no id)"

    def wants_force_destroy(self) -> bool:
        spread = any(m.type == "spread_element" for m in objects.members(self.config))
        return "forceDestroy" not in objects.properties(self.config) and not spread


def _findings(ctx, bucket: _Bucket, suffix: "tuple[str, list[Edit]] | None", removals: list[Edit]):
    if bucket.whole is not None:
        yield ctx.finding(f"S3Bucket {bucket.label}: the name {ts.text(bucket.whole)} is random as a whole; "
                          "give it a fixed name", bucket.whole)
        return
    force = []
    if bucket.wants_force_destroy():
        force = objects.insert_property(ctx.source, bucket.config, "forceDestroy: true")
    if not bucket.parts:
        if force:
            # The name is not random: the bucket may hold data worth keeping, so this is for test stacks.
            yield ctx.finding(f"S3Bucket {bucket.label}: add forceDestroy: true", bucket.construction.node, force,
                              Safety.DISPOSABLE)
        return
    random = ", ".join(dict.fromkeys(ts.text(p) for p in bucket.parts))
    if suffix is None:
        yield ctx.finding(f"S3Bucket {bucket.label}: the name uses {random}; no statement can hold a fixed suffix",
                          bucket.first_part)
        return
    name, declaration = suffix
    edits = [Edit(p.start_byte, p.end_byte, name) for p in bucket.parts] + declaration + removals + force
    yield ctx.finding(f"S3Bucket {bucket.label}: replace {random} in the name by the fixed suffix {name}",
                      bucket.first_part, edits)


class _RandomParts:
    """Finds the sub-expressions of a name that differ on every run."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.random_constants: dict[int, Node] = {}  # declaration of a random const, by id

    def parts(self, expr: Node, depth: int = 0) -> list[Node]:
        """The random sub-expressions of ``expr``; ``[expr]`` when it is random as a whole."""
        expr = ts.unwrap(expr)
        if expr is None or depth > MAX_DEPTH:
            return []
        if expr.type == "template_string":
            subs = [c.named_children[0] for c in expr.named_children if c.type == "template_substitution" and c.named_children]
            fragments = [ts.text(c) for c in expr.named_children if c.type == "string_fragment"]
            return self._joined(expr, subs, fragments, depth)
        if expr.type == "binary_expression" and ts.text(expr.child_by_field_name("operator")) == "+":
            operands = [ts.unwrap(expr.child_by_field_name(side)) for side in ("left", "right")]
            strings = [ts.string_value(o) for o in operands if o.type == "string"]
            return self._joined(expr, [o for o in operands if o.type != "string"], strings, depth)
        if _is_string_method_call(expr):
            target = ts.unwrap(expr.child_by_field_name("function").child_by_field_name("object"))
            inner = self.parts(target, depth + 1)
            return [expr] if inner == [target] else inner
        if expr.type in ("identifier", "member_expression"):
            return self._through_binding(expr, depth)
        return [expr] if self._is_random(expr) else []

    def _joined(self, expr: Node, pieces: list[Node], texts: list[str], depth: int) -> list[Node]:
        """The random parts of a template or ``+`` concatenation: all of it when nothing but
        separators (``-``, ``_``) stands between random pieces."""
        found = [(ts.unwrap(piece), self.parts(piece, depth + 1)) for piece in pieces]
        separators_only = not any(c.isalnum() for text in texts for c in text)
        if found and separators_only and all(parts == [piece] for piece, parts in found):
            return [expr]
        return [p for _, parts in found for p in parts]

    def _through_binding(self, expr: Node, depth: int) -> list[Node]:
        found = _binding(expr)
        if found is None:
            return []
        statement, value = found
        inner = self.parts(value, depth + 1)
        if inner != [ts.unwrap(value)]:
            return inner
        if expr.type == "identifier":
            self.random_constants[statement.id] = statement
        return [expr]

    def _is_random(self, expr: Node) -> bool:
        return any(_is_random_call(c) for c in ts.captures(self.language, _CALLS, expr).get("call", []))


def _is_string_method_call(expr: Node) -> bool:
    function = expr.child_by_field_name("function") if expr.type == "call_expression" else None
    return (function is not None and function.type == "member_expression"
            and ts.text(function.child_by_field_name("property")) in STRING_METHODS)


def _is_random_call(call: Node) -> bool:
    if call.type == "new_expression":
        args = call.child_by_field_name("arguments")
        no_arguments = args is None or not args.named_children
        return ts.text(call.child_by_field_name("constructor")) == "Date" and no_arguments
    callee = "".join(ts.text(call.child_by_field_name("function")).split())
    return callee in RANDOM_CALLS or callee.rpartition(".")[2] in RANDOM_FUNCTIONS


def _binding(expr: Node) -> tuple[Node, Node] | None:
    """(statement, value) of the ``const name = value`` or ``this.name = value`` that ``expr`` reads,
    written before it in an enclosing block of the same class member."""
    if expr.type == "member_expression" and expr.child_by_field_name("object").type != "this":
        return None
    for block in ts.ancestors(expr):
        if block.type == "class_body":
            return None
        if block.type not in ("statement_block", "program"):
            continue
        for statement in reversed(block.named_children):
            value = _bound_value(statement, expr) if statement.start_byte < expr.start_byte else None
            if value is not None:
                return statement, value
    return None


def _bound_value(statement: Node, expr: Node) -> Node | None:
    if expr.type == "identifier":
        return _const_value(statement, ts.text(expr))
    if statement.type != "expression_statement" or not statement.named_children:
        return None
    assignment = statement.named_children[0]
    if assignment.type == "assignment_expression" and ts.text(assignment.child_by_field_name("left")) == ts.text(expr):
        return assignment.child_by_field_name("right")
    return None


def _declarators(statement: Node) -> list[Node]:
    """The declarators of a (possibly exported) ``const``/``let``/``var`` statement."""
    if statement.type == "export_statement":
        statement = statement.child_by_field_name("declaration") or statement
    if statement.type not in ("lexical_declaration", "variable_declaration"):
        return []
    return [d for d in statement.named_children if d.type == "variable_declarator"]


def _const_value(statement: Node, name: str) -> Node | None:
    """The value of ``name`` when ``statement`` declares it with ``const``."""
    for declarator in _declarators(statement):
        is_const = ts.text(declarator.parent.child_by_field_name("kind")) == "const"
        if is_const and ts.text(declarator.child_by_field_name("name")) == name:
            return declarator.child_by_field_name("value")
    return None


def _now_unused(ctx, buckets: list[_Bucket], finder: _RandomParts) -> dict[int, list[Edit]]:
    """Edits removing what only the replaced parts used: ``const x = <random>`` declarations, then
    imports (``randomUUID``, ``Fn``) used only there, each given to the bucket that replaces its last use."""
    spans = [(p, b.key) for b in buckets for p in b.parts]
    removals: dict[int, list[Edit]] = {}

    def remove_when_unused(uses: list[Node], removed: Node, edits: list[Edit]) -> None:
        owners = [next((key for span, key in spans if _within(use, span)), None) for use in uses]
        if owners and None not in owners:
            removals.setdefault(owners[-1], []).extend(edits)
            spans.append((removed, owners[-1]))

    for statement in finder.random_constants.values():
        declarators = _declarators(statement)
        if statement.type == "lexical_declaration" and len(declarators) == 1:
            name = declarators[0].child_by_field_name("name")
            uses = [n for n in ts.names(ctx.language, statement.parent, _VALUE_NAMES)
                    if ts.text(n) == ts.text(name) and n.id != name.id]
            remove_when_unused(uses, statement, [_remove_statement(ctx.source, statement)])
    imports = ctx.imports
    names = {ts.text(n) for span, _ in spans for n in ts.names(ctx.language, span, _VALUE_NAMES)}
    for statement in imports.statements:
        for binding in statement.bindings:
            if binding.local in names:
                uses = imports.references(binding.local)
                remove_when_unused(uses, statement.node, imports.remove(binding.local))
    return removals


def _within(node: Node, span: Node) -> bool:
    return span.start_byte <= node.start_byte and node.end_byte <= span.end_byte


def _remove_statement(source: bytes, statement: Node) -> Edit:
    """Remove a statement; its lines when it stands alone, with a blank line that would double."""
    start = ts.line_start(source, statement.start_byte)
    end = ts.line_end(source, statement.end_byte)
    if source[start:statement.start_byte].strip() or source[statement.end_byte:end].strip():
        return Edit(statement.start_byte, statement.end_byte, "")
    blank_before = start > 0 and not source[ts.line_start(source, start - 1):start].strip()
    if blank_before and end < len(source) and not source[end:ts.line_end(source, end)].strip():
        end = ts.line_end(source, end)
    return Edit(start, end, "")


class _Suffixes:
    """The fixed-suffix constant of each function body (or of the module): found, or planned once."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.planned: dict[int, tuple[str, list[Edit]]] = {}

    def for_part(self, part: Node) -> tuple[str, list[Edit]] | None:
        """The suffix name in reach of ``part`` and the edits that declare it (none when it exists);
        None when ``part`` is in no function body or top-level statement."""
        unit = _unit_block(part)
        if unit is None:
            return None
        statement = next(a for a in [part, *ts.ancestors(part)] if a.parent is not None and a.parent.id == unit.id)
        if _has_fixed_suffix(unit, statement.start_byte):
            return SUFFIX_NAME, []
        if unit.id not in self.planned:
            self.planned[unit.id] = self._declare(unit, statement)
        return self.planned[unit.id]

    def _declare(self, unit: Node, statement: Node) -> tuple[str, list[Edit]]:
        name = _fresh_name(self.ctx.language, unit)
        default_quote = self.ctx.imports.quote
        quote = ts.quote_near(self.ctx.language, statement, default_quote)
        semicolon = ";" if ts.text(statement).rstrip().endswith(";") else ""
        lines = ["// A fixed suffix keeps the bucket name the same on every synth",
                 f"const {name} = {quote}{self.ctx.option('suffix')}{quote}{semicolon}"]
        anchor = _leading_comments(self.ctx.source, statement)
        if anchor.type == "comment":
            lines.append("")  # the comments above the statement stay with it
        return name, [insert_before(self.ctx.source, anchor, lines)]


def _leading_comments(source: bytes, statement: Node) -> Node:
    """The first of the comment lines right above ``statement`` (no blank line between), else itself."""
    first = statement
    previous = first.prev_sibling
    while previous is not None and previous.type == "comment" and \
            source.count(b"\n", previous.end_byte, first.start_byte) == 1 and \
            not source[ts.line_start(source, previous.start_byte):previous.start_byte].strip():
        first, previous = previous, previous.prev_sibling
    return first


def _unit_block(node: Node) -> Node | None:
    """The body of the outermost function holding ``node`` below its class (the program for
    top-level code); None for a class field or an expression-bodied top-level arrow function."""
    unit = None
    for ancestor in ts.ancestors(node):
        if ancestor.type in FUNCTIONS:
            unit = ancestor.child_by_field_name("body")
        elif ancestor.type == "class_body":
            break
        elif ancestor.type == "program":
            unit = unit or ancestor
    return unit if unit is not None and unit.type in ("statement_block", "program") else None


def _has_fixed_suffix(unit: Node, before: int) -> bool:
    """Whether ``const uniqueSuffix = <literal>`` is declared before ``before`` in ``unit`` or the module."""
    for block in (unit, _program(unit)):
        for statement in block.named_children:
            if statement.start_byte >= before:
                break
            value = ts.unwrap(_const_value(statement, SUFFIX_NAME))
            if value is not None and (value.type == "number" or ts.string_value(value) is not None):
                return True
    return False


def _program(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _fresh_name(language: str, unit: Node) -> str:
    """``uniqueSuffix`` unless the body uses that name or the module declares it (then ``uniqueSuffix2``...)."""
    taken = {ts.text(n) for n in ts.names(language, unit, _VALUE_NAMES)}
    module_level = [d for s in _program(unit).named_children for d in _declarators(s)]
    taken |= {ts.text(d.child_by_field_name("name")) for d in module_level}
    name, n = SUFFIX_NAME, 2
    while name in taken:
        name, n = f"{SUFFIX_NAME}{n}", n + 1
    return name


TRANSFORM = DeterministicBucketNames()
