"""inline-blocks-to-resources: move a setting the provider models as its own resource out of the config.

What it fixes
    A setting that AWS CDK puts on a construct but the Terraform provider models as a separate
    resource pointing at it, written inline in the CDKTF config:

    - ``publicAccessBlock: { ... }`` on an ``S3Bucket`` becomes an ``S3BucketPublicAccessBlock``
      with ``bucket: <bucket>.id`` and the same fields;
    - ``rotationRules: { ... }`` on a ``SecretsmanagerSecret`` becomes a
      ``SecretsmanagerSecretRotation`` with ``secretId: <secret>.id`` and the same
      ``rotationRules`` (its ``rotationLambdaArn`` is optional in the provider).

    The property is removed from the config and the new resource is written right after the
    owner's statement, with the construct id ``<owner id>-public-access-block`` /
    ``<owner id>-rotation`` (made unique in the file), the owner's scope and ``provider``, and its
    import (a named import, also when the owner is written ``aws.s3Bucket.S3Bucket``: a namespace
    import may be on its way out). An owner that is not assigned is first
    assigned to a ``const`` named after its id. A value written ``condition ? { ... } : undefined``
    gives the new resource inside ``if (condition) { ... }``.

    The settings are the table ``COMPANIONS`` (owner class and property -> resource class, the
    property pointing at the owner, where the value goes), checked against the provider catalog
    when the module loads.

Why
    Such a config does not compile (TS2353 "'publicAccessBlock' does not exist in type
    'S3BucketConfig'") and the setting, the point of writing it, would be lost if simply deleted.

Example
    const assets = new S3Bucket(this, 'assets', {
      bucket: 'site-assets',
      publicAccessBlock: { blockPublicAcls: true, blockPublicPolicy: true },
    });
    becomes
    const assets = new S3Bucket(this, 'assets', {
      bucket: 'site-assets',
    });
    new S3BucketPublicAccessBlock(this, 'assets-public-access-block', {
      bucket: assets.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
    });

What it leaves alone
    Owners whose config is not an object literal or has a spread; values that are neither an
    object literal nor ``condition ? { ... } : undefined``; fields the new resource does not
    accept. These, an owner created where no statement can follow it (an argument, a class field,
    an expression-bodied arrow function) and an owner that already has such a resource pointing at
    it in the file are reported, not rewritten.

Fix safety
    Opinionated: a new resource is deployed. A rotation without ``rotationLambdaArn`` only works for
    secrets that AWS rotates itself; other secrets need a rotation function added by hand.
"""
from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from codemods.catalog import load_catalog
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import companions, objects
from codemods.typescript import syntax as ts
from codemods.typescript.objects import Construction
from codemods.typescript.schema import Schema, schema_of
from codemods.typescript.statements import insert_after


@dataclass(frozen=True)
class Companion:
    """A config property of ``owner`` that the provider models as the resource ``resource``.

    ``pointer`` is the resource's property naming the owner (given ``<owner>.id``); ``block`` is
    the resource's property that takes the value as written, or None when the value's fields go
    into the resource's config themselves.
    """

    owner: str
    prop: str
    resource: str
    pointer: str
    block: str | None
    id_suffix: str


COMPANIONS = (
    Companion("S3Bucket", "publicAccessBlock", "S3BucketPublicAccessBlock", "bucket", None, "-public-access-block"),
    Companion("SecretsmanagerSecret", "rotationRules", "SecretsmanagerSecretRotation", "secretId", "rotationRules",
              "-rotation"),
)


def verify(table: tuple[Companion, ...]) -> None:
    """Raise when an entry does not match the catalog: the owner must lack the property, the
    resource must exist and need the pointer, and accept the block property."""
    catalog = load_catalog()
    for entry in table:
        owner, resource = catalog.config_of_class(entry.owner), catalog.config_of_class(entry.resource)
        pointer = resource.properties.get(entry.pointer) if resource else None
        if owner is None or entry.prop in owner.properties or pointer is None or pointer.optional or \
                (entry.block is not None and entry.block not in resource.properties):
            raise ValueError(f"companion table entry does not match the provider: {entry}")


verify(COMPANIONS)


class InlineBlocksToResources(Transform):
    id = "inline-blocks-to-resources"
    name = "Inline blocks to resources"
    summary = "Move settings the provider models as separate resources (publicAccessBlock, rotationRules) into them."
    safety = Safety.OPINIONATED
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        schema = schema_of(ctx)
        every = objects.constructions(ctx.language, ctx.tree.root_node)
        plan = _Plan(ctx, schema, every)
        for construction in every:
            config = construction.config
            cls = schema.provider_class(construction.node.child_by_field_name("constructor")) if config else None
            for entry in COMPANIONS:
                pair = objects.properties(config).get(entry.prop) if cls == entry.owner else None
                if pair is not None and pair.type == "pair":
                    yield plan.finding(construction, entry, pair)
                    break


class _Plan:
    """The edits for one pass: fresh ids and names, class names as the file writes them."""

    def __init__(self, ctx, schema: Schema, constructions: list[Construction]) -> None:
        self.ctx = ctx
        self.schema = schema
        self.constructions = constructions
        self.names = companions.Names(schema.imports, constructions)

    def finding(self, owner: Construction, entry: Companion, pair: Node):
        label = f"{entry.owner} {ts.text(owner.arguments[1])}"
        problem = self._problem(owner, entry, pair)
        if problem is not None:
            return self.ctx.finding(f"{label}: '{entry.prop}' belongs in a separate {entry.resource}; {problem}",
                                    pair)
        reference = companions.reference_of(owner)
        statement = companions.statement_holding(owner, reference)
        edits = []
        if reference is None:
            reference = self.names.variable(owner, _kind(entry.owner))
            edits.append(Edit(statement.start_byte, statement.start_byte, f"const {reference} = "))
        local, import_edits = self._class_name(entry.resource)
        edits += import_edits
        edits += _removal(self.ctx.source, owner.config, pair)
        edits.append(insert_after(self.ctx.source, statement, self._lines(owner, entry, pair, statement, local,
                                                                          reference)))
        return self.ctx.finding(f"{label}: move '{entry.prop}' into a separate {entry.resource}", pair, edits)

    def _problem(self, owner: Construction, entry: Companion, pair: Node) -> str | None:
        """Why the property cannot be moved, or None."""
        if any(m.type == "spread_element" for m in objects.members(owner.config)):
            return "its config has a spread"
        if len(owner.arguments) < 2 or companions.statement_holding(owner, companions.reference_of(owner)) is None:
            return "no statement can follow the one that creates it"
        value, _ = _block_value(objects.value_of(pair))
        if value is None:
            return "its value is neither an object nor 'condition ? { ... } : undefined'"
        if entry.block is None:
            accepted = self.ctx.catalog.config_of_class(entry.resource).properties
            unknown = [k for k in objects.properties(value) if k not in accepted or k == entry.pointer]
            if unknown or any(m.type != "pair" and m.type != "shorthand_property_identifier"
                              for m in objects.members(value)):
                return f"it does not accept {', '.join(unknown) or 'every field'}"
        if self._has_companion(owner, entry):
            return "one already points at it"
        return None

    def _has_companion(self, owner: Construction, entry: Companion) -> bool:
        reference = companions.reference_of(owner)
        if reference is None:
            return False
        for other in self.constructions:
            if other.config is None or \
                    self.schema.provider_class(other.node.child_by_field_name("constructor")) != entry.resource:
                continue
            pointer = ts.unwrap(objects.value_of(objects.properties(other.config).get(entry.pointer)))
            if pointer is not None and pointer.type == "member_expression" and \
                    companions.compact(pointer.child_by_field_name("object")) == reference:
                return True
        return False

    def _class_name(self, resource: str) -> tuple[str, list[Edit]]:
        """The resource's local class name: an existing import of it, else a new one."""
        module = self.ctx.catalog.import_path(self.ctx.catalog.module_of_class(resource))
        return self.schema.imports.add(module, resource)

    def _lines(self, owner: Construction, entry: Companion, pair: Node, statement: Node, local: str,
               reference: str) -> list[str]:
        """The new statement (in ``if (condition) { }`` for a conditional value), in the file's
        indentation, quotes and comma habit."""
        source, config = self.ctx.source, owner.config
        value, condition = _block_value(objects.value_of(pair))
        quote = self.schema.quote_near(owner.node)
        step = ts.indent_step(source, config)
        comma = "," if b"\n" not in config.text or ts.has_trailing_comma(config) else ""
        semicolon = ";" if ts.text(statement).rstrip().endswith(";") else ""
        provider = objects.copyable_provider(self.ctx.language, self.ctx.tree.root_node, config)
        body = [f"new {local}({ts.text(owner.arguments[0])}, {self.names.construct_id(owner, entry.id_suffix, quote)}, {{"]
        if provider is not None:
            body.append(f"{step}provider: {ts.text(provider)},")
        body.append(f"{step}{entry.pointer}: {reference}.id,")
        if entry.block is None:
            body += companions.entry_lines(source, value, step, comma)
        else:
            first, *rest = companions.reindented(source, value, step)
            body += [f"{step}{entry.block}: {first}"] + rest
            body[-1] += comma
        body.append(f"}}){semicolon}")
        if condition is None:
            return body
        header = companions.reindented(source, condition, "")
        header[0] = f"if ({header[0]}"
        header[-1] += ") {"
        return header + [step + line for line in body] + ["}"]


def _block_value(value: Node | None) -> tuple[Node | None, Node | None]:
    """(object literal, condition or None) for ``{ ... }`` or ``condition ? { ... } : undefined``."""
    value = ts.unwrap(value)
    if value is not None and value.type == "object":
        return value, None
    if value is not None and value.type == "ternary_expression":
        then = ts.unwrap(value.child_by_field_name("consequence"))
        otherwise = ts.unwrap(value.child_by_field_name("alternative"))
        if then is not None and then.type == "object" and otherwise is not None and otherwise.type == "undefined":
            return then, value.child_by_field_name("condition")
    return None, None


def _removal(source: bytes, config: Node, pair: Node) -> list[Edit]:
    """Remove the property; a one-line config left without entries becomes ``{}``."""
    if objects.members(config) == [pair] and b"\n" not in config.text:
        return [Edit(config.start_byte, config.end_byte, "{}")]
    return objects.remove_property(source, config, pair)


def _kind(owner_class: str) -> str:
    """The last word of a class name, to name a variable: ``S3Bucket`` -> ``Bucket``."""
    starts = [i for i, ch in enumerate(owner_class) if ch.isupper()]
    return owner_class[starts[-1]:] if starts else owner_class


TRANSFORM = InlineBlocksToResources()
