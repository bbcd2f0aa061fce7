"""struct-constructors: a provider block struct used with ``new`` becomes the block it describes.

What it fixes
    The provider's nested blocks (``LbAccessLogs``, ``S3BucketVersioningA``' sub-blocks, every
    ``...Config``) are interfaces, not classes. Two shapes:

    - ``new SomeStruct({ ... })`` used as a value (a property value, an argument, an initializer)
      becomes the object literal ``{ ... }``;
    - ``new LbAccessLogs(this, 'logs', { loadBalancerArn: this.alb.arn, bucket, prefix })`` as a
      statement of its own, written as if it were a resource: the struct is the block of a
      resource (found in the catalog: the config property whose element interface it is) and its
      pointer field (``<x>.arn``, ``<x>.id``...) names a resource of that class created in the
      same file and block. The remaining fields move into that resource's config as the block
      (``accessLogs: { bucket, prefix }``), the statement goes, and so does the struct's import
      when nothing else uses it.

Why
    Such code does not compile (TS2693 "'LbAccessLogs' only refers to a type, but is being used
    as a value here"); the block the model meant is plain data on the resource.

Example
    const alb = new Lb(this, 'alb', { name: 'web' });
    new LbAccessLogs(this, 'alb-logs', { loadBalancerArn: alb.arn, bucket: logs.bucket });
    becomes
    const alb = new Lb(this, 'alb', { name: 'web', accessLogs: { bucket: logs.bucket } });

What it leaves alone
    Classes, and names not imported from the provider. A struct statement is reported, not
    rewritten, when its pointer does not name a resource of the right class declared in the file,
    when it stands in another block than that resource (an ``if``: moving it would drop the
    condition), when the resource already has the block or a spread, when a field is one the
    block does not accept or a required field is missing, or when a field reads a name declared
    after the resource.

Fix safety
    Safe for ``new SomeStruct({ ... })``: the same object reaches the same place. Opinionated for
    the statement form: the block is deployed on the resource the statement pointed at.
"""
from __future__ import annotations

import functools

from tree_sitter import Node

from codemods.catalog import element_interface, load_catalog
from codemods.catalog.names import resolve_name
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import companions, objects
from codemods.typescript import declarations as decl
from codemods.typescript import syntax as ts
from codemods.typescript.objects import Construction
from codemods.typescript.schema import Schema, schema_of

_THIS_FIELDS = "(member_expression object: (this) property: (property_identifier) @field) @read"
_THIS_ASSIGNMENTS = ts.shared("(assignment_expression left: (member_expression object: (this) property: (property_identifier) @field))")


class StructConstructors(Transform):
    id = "struct-constructors"
    name = "Struct constructors"
    summary = "Turn 'new SomeStruct(...)' of a provider interface into an object literal or the block of its resource."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        schema = schema_of(ctx)
        every = objects.constructions(ctx.language, ctx.tree.root_node)
        for construction in every:
            struct = _struct_name(schema, construction)
            if struct is None:
                continue
            if len(construction.arguments) == 1 and construction.config is None:
                finding = _as_literal(ctx, construction, struct)
            elif construction.config is not None:
                finding = _Move(ctx, schema, every, construction, struct).finding()
            else:
                finding = None
            if finding is not None:
                yield finding


def _struct_name(schema: Schema, construction: Construction) -> str | None:
    """The provider interface a ``new`` names (not a class), or None."""
    written = schema.provider_name(construction.node.child_by_field_name("constructor"))
    resolved = resolve_name(schema.catalog, *written) if written else None
    if resolved is None or schema.catalog.class_info(resolved[1]) is not None:
        return None
    return resolved[1] if schema.catalog.has_interface(resolved[1]) else None


def _as_literal(ctx, construction: Construction, struct: str):
    """``new SomeStruct({ ... })`` as a value -> ``{ ... }``."""
    value = ts.unwrap(construction.arguments[0])
    holder = construction.node.parent
    while holder is not None and holder.type in companions.WRAPPERS:
        holder = holder.parent
    if value is None or value.type != "object" or holder is None or holder.type == "expression_statement":
        return None
    edits = [Edit(construction.node.start_byte, construction.node.end_byte, ts.text(value))]
    edits += _unused_import(ctx, construction)
    return ctx.finding(f"{struct} is an interface: write the object literal, without 'new'", construction.node,
                       edits, Safety.SAFE)


def _unused_import(ctx, construction: Construction) -> list[Edit]:
    """Edits removing the struct's import when this ``new`` was its only use."""
    ctor = construction.node.child_by_field_name("constructor")
    if ctor.type != "identifier":
        return []
    imports = ctx.imports
    references = imports.references(ts.text(ctor))
    return imports.remove(ts.text(ctor)) if [n.id for n in references] == [ctor.id] else []


@functools.cache
def _blocks_of() -> dict[str, list[tuple[str, str]]]:
    """For each block interface: the (resource class, config property) pairs that take it."""
    catalog = load_catalog()
    found: dict[str, list[tuple[str, str]]] = {}
    for module in catalog.modules():
        for cls in catalog.classes_of_module(module):
            config = catalog.config_of_class(cls)
            for prop in (config.properties.values() if config else ()):
                block = element_interface(prop.type)
                if block is not None:
                    found.setdefault(block, []).append((cls, prop.name))
    return found


class _Move:
    """``new Struct(scope, id, { pointer: owner.attr, ...fields })`` as a statement -> the block."""

    def __init__(self, ctx, schema: Schema, every: list[Construction], construction: Construction,
                 struct: str) -> None:
        self.ctx = ctx
        self.schema = schema
        self.every = every
        self.construction = construction
        self.struct = struct

    def finding(self):
        statement = ts.statement_of(self.construction.node)
        if statement.type != "expression_statement" or ts.unwrap(statement.named_children[0]) != self.construction.node:
            return None
        target = self._target()
        if isinstance(target, str):
            return self.ctx.finding(f"{self.struct} is a block, not a resource: {target}", self.construction.node)
        owner, prop, pointer = target
        return self.ctx.finding(f"{self.struct} is a block, not a resource: move it into the config of "
                                f"{ts.text(pointer.child_by_field_name('value').child_by_field_name('object'))} as '{prop}'",
                                self.construction.node, self._edits(statement, owner, prop, pointer), Safety.OPINIONATED)

    def _target(self) -> tuple[Construction, str, Node] | str:
        """(owner, block property, pointer pair), or why there is none."""
        parents = dict(_blocks_of().get(self.struct, []))
        if not parents:
            return "no resource takes it as a block"
        for pair in objects.members(self.construction.config):
            value = ts.unwrap(objects.value_of(pair)) if pair.type == "pair" else None
            if value is None or value.type != "member_expression":
                continue
            holder = value.child_by_field_name("object")
            cls = self.schema.class_of(holder)
            owner = self._owner(holder, cls) if cls in parents else None
            if owner is not None:
                problem = self._problem(owner, parents[cls], pair)
                return problem if problem is not None else (owner, parents[cls], pair)
        return f"no field names a {' or '.join(sorted(parents))} created in this file"

    def _owner(self, holder: Node, cls: str) -> Construction | None:
        reference = companions.compact(holder)
        for other in self.every:
            if companions.reference_of(other) == reference and other.config is not None and \
                    self.schema.provider_class(other.node.child_by_field_name("constructor")) == cls:
                return other
        return None

    def _problem(self, owner: Construction, prop: str, pointer: Node) -> str | None:
        """Why the fields cannot move into the owner's config, or None."""
        owner_statement = ts.statement_of(owner.node)
        statement = ts.statement_of(self.construction.node)
        if owner_statement.parent != statement.parent or owner_statement.start_byte > statement.start_byte:
            return "it is not created in the same block after the resource it names (moving it could drop a condition)"
        if prop in objects.properties(owner.config) or \
                any(m.type == "spread_element" for m in objects.members(owner.config)):
            return f"the resource already has '{prop}' or a spread in its config"
        interface = self.ctx.catalog.interface(self.struct).properties
        fields = [m for m in objects.members(self.construction.config) if m != pointer]
        keys = [objects.key_name(m) if m.type == "pair" else ts.text(m) for m in fields]
        if any(m.type not in ("pair", "shorthand_property_identifier") for m in fields) or \
                any(k not in interface for k in keys):
            return f"the block does not accept every field ({', '.join(k or '?' for k in keys if k not in interface)})"
        missing = [name for name, info in interface.items() if not info.optional and name not in keys]
        if missing:
            return f"the required field {', '.join(missing)} is missing"
        if any(self._declared_later(m, owner_statement) for m in fields):
            return "a field reads a name declared after the resource"
        return None

    def _declared_later(self, field: Node, owner_statement: Node) -> bool:
        """Whether ``field`` reads a variable or ``this`` field set after the owner's statement."""
        language = self.ctx.language
        for node in ts.names(language, field, ("identifier",)):
            found = decl.declaration_of(node, language)
            if found is not None and found.node.start_byte > owner_statement.start_byte:
                return True
        fields = {ts.text(n) for n in ts.captures(language, _THIS_FIELDS, field).get("field", [])}
        between = (owner_statement.end_byte, self.construction.node.start_byte)
        return any(ts.text(n) in fields and between[0] <= n.start_byte < between[1]
                   for n in ts.captures(language, _THIS_ASSIGNMENTS, self.ctx.tree.root_node).get("field", []))

    def _edits(self, statement: Node, owner: Construction, prop: str, pointer: Node) -> list[Edit]:
        source, config = self.ctx.source, owner.config
        fields = self.construction.config
        if b"\n" in fields.text:
            indent = ts.indentation_at(source, objects.members(config)[0].start_byte) if objects.members(config) \
                else ts.indentation_at(source, config.start_byte)
            step = ts.indent_step(source, config)
            trailing = "," if ts.has_trailing_comma(config) else ""
            lines = companions.entry_lines(source, fields, indent + step, trailing, (pointer,))
            block = "{\n" + "\n".join(lines) + f"\n{indent}}}"
        else:
            block = "{ " + ", ".join(ts.text(m) for m in objects.members(fields) if m != pointer) + " }"
        edits = objects.insert_property(source, config, f"{prop}: {block}")
        edits.append(_removal(source, statement))
        return edits + _unused_import(self.ctx, self.construction)


def _removal(source: bytes, statement: Node) -> Edit:
    """Remove a statement's lines with the comment lines right above it (they describe it), and
    one of the blank lines around it when it stood between two."""
    first = statement
    while first.prev_sibling is not None and first.prev_sibling.type == "comment" and \
            source.count(b"\n", first.prev_sibling.end_byte, first.start_byte) == 1 and \
            not source[ts.line_start(source, first.prev_sibling.start_byte):first.prev_sibling.start_byte].strip():
        first = first.prev_sibling
    start, end = ts.line_start(source, first.start_byte), ts.line_end(source, statement.end_byte)
    before = source[ts.line_start(source, max(start - 1, 0)):start]
    after = source[end:ts.line_end(source, end)]
    if start > 0 and not before.strip() and after.strip() == b"" and end < len(source):
        end = ts.line_end(source, end)
    return Edit(start, end, "")


TRANSFORM = StructConstructors()
