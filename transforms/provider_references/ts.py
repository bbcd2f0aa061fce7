"""provider-references: pass the provider object, not its Terraform name, as ``provider``.

What it fixes
    A construct config whose ``provider`` is a string naming an aliased provider
    (``provider: "aws.west2"`` or ``provider: "west2"``) gets the variable that holds the
    ``AwsProvider`` with that ``alias`` instead (``provider: west2Provider``, or
    ``provider: this.west2`` for a field). A provider that is created but not kept
    (``new AwsProvider(this, "west", { alias: "west2", ... });``) is first assigned to a new
    const named after its alias.

    A template string whose only content is one interpolation gets the provider it interpolates:
    ``provider: `${primaryProvider}``` and ``provider: `${primaryProvider.alias}``` become
    ``provider: primaryProvider`` when that name holds an ``AwsProvider`` of the file (a const or
    a ``this`` field assigned one), and ``provider: `${aws.west2}``` is the alias ``west2`` as above.

Why
    In CDKTF ``provider`` takes the ``TerraformProvider`` object; the ``aws.<alias>`` string is
    how HCL spells it. A string does not compile (TS2322 "Type 'string' is not assignable to type
    'TerraformProvider'").

Example
    new AwsProvider(this, "aws-west", { alias: "west2", region: "us-west-2" });
    new S3Bucket(this, "replica", { bucketPrefix: "replica-", provider: "aws.west2" });
    becomes
    const west2Provider = new AwsProvider(this, "aws-west", { alias: "west2", region: "us-west-2" });
    new S3Bucket(this, "replica", { bucketPrefix: "replica-", provider: west2Provider });

What it leaves alone
    ``provider`` keys inside nested blocks (a CodePipeline action's ``provider: "S3"`` is a
    string by design); values that are not string literals or single-interpolation templates.
    An interpolation that names no provider of the file is reported. A name that no ``AwsProvider`` of the
    file has as alias, one that several have, or one whose provider is out of reach (declared
    after the use, in another function or block, or inside a larger expression) is reported and
    left as it is.

Fix safety
    Safe: the resource is created by the provider its string named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports

PROVIDER_CLASS = "AwsProvider"
PREFIX = "aws."


@dataclass(frozen=True)
class _Provider:
    """An ``AwsProvider`` construction with an alias, and the statement that creates it."""

    alias: str
    node: Node
    statement: Node

    def reference(self) -> str | None:
        """The expression that holds the provider: a const's name or ``this.field``; None if none."""
        parent = self.node.parent
        if parent.type == "variable_declarator" and parent.child_by_field_name("value") == self.node:
            name = parent.child_by_field_name("name")
            return ts.text(name) if name.type == "identifier" else None
        field = self.field()
        return ts.text(field) if field is not None else None

    def field(self) -> Node | None:
        """The ``this.x`` the provider is assigned to, if it is."""
        parent = self.node.parent
        if parent.type == "assignment_expression" and parent.child_by_field_name("right") == self.node:
            left = parent.child_by_field_name("left")
            if left.type == "member_expression" and left.child_by_field_name("object").type == "this":
                return left
        return None

    def is_bare(self) -> bool:
        """Whether the construction is a statement of its own, its value unused."""
        return self.node.parent == self.statement and self.statement.type == "expression_statement"


class ProviderReferences(Transform):
    id = "provider-references"
    name = "Provider references"
    summary = "Replace provider: 'aws.alias' strings by the AwsProvider object with that alias."
    safety = Safety.SAFE

    def check(self, ctx):
        constructions = objects.constructions(ctx.language, ctx.tree.root_node)
        providers = [p for p in map(_provider, constructions) if p is not None]
        imports = ctx.imports
        held = {p.reference(): p for p in providers if p.reference() is not None}
        held.update({r: None for r in _held_without_alias(constructions)})
        for value, alias in _string_providers(constructions):
            interpolated = _interpolated_provider(value, held)
            if interpolated is not None:
                yield ctx.finding(f"provider {ts.text(value)} is the {PROVIDER_CLASS} {interpolated}, not a string",
                                  value, [Edit(value.start_byte, value.end_byte, interpolated)])
                continue
            if alias is None:
                yield ctx.finding(f"provider {ts.text(value)} interpolates a value that is no {PROVIDER_CLASS} "
                                  "of this file; left as it is", value)
                continue
            named = [p for p in providers if p.alias == alias]
            reachable = [p for p in named if _reaches(p, value)]
            edits = _reference_edits(imports, reachable[0], value) if len(reachable) == 1 else None
            if edits is not None:
                yield ctx.finding(f"provider {ts.text(value)} is the {PROVIDER_CLASS} with alias {alias!r}", value, edits)
            else:
                yield ctx.finding(f"provider {ts.text(value)}: {_why_not(named, reachable)}; left as it is", value)


def _provider(construction: objects.Construction) -> _Provider | None:
    if construction.class_name != PROVIDER_CLASS or construction.config is None:
        return None
    alias = ts.string_value(objects.value_of(objects.properties(construction.config).get("alias")))
    if not alias:
        return None
    return _Provider(alias, construction.node, ts.statement_of(construction.node))


def _held_without_alias(constructions: list[objects.Construction]) -> list[str]:
    """The names (const or ``this.x``) holding an ``AwsProvider`` without an alias."""
    found = []
    for construction in constructions:
        if construction.class_name == PROVIDER_CLASS and _provider(construction) is None:
            reference = _Provider("", construction.node, ts.statement_of(construction.node)).reference()
            if reference is not None:
                found.append(reference)
    return found


def _string_providers(constructions: list[objects.Construction]) -> list[tuple[Node, str | None]]:
    """(string node, alias) of each config ``provider: "aws.alias"`` / ``provider: "alias"``, and of
    each ``provider: `${...}``` whose only content is one interpolation (alias: the ``NAME`` of
    ``${aws.NAME}``, else None: only a held provider can match it)."""
    found: list[tuple[Node, str | None]] = []
    for construction in constructions:
        config = construction.config
        value = objects.value_of(objects.properties(config).get("provider")) if config is not None else None
        name = ts.string_value(value) if value is not None and value.type in ("string", "template_string") else None
        if name:
            found.append((value, name.removeprefix(PREFIX)))
        interpolated = _only_interpolation(value)
        if interpolated is not None:
            text = ts.text(interpolated)
            hcl = text.startswith(PREFIX) and re.fullmatch(r"\w+", text.removeprefix(PREFIX))
            found.append((value, text.removeprefix(PREFIX) if hcl else None))
    return found


def _only_interpolation(value: Node | None) -> Node | None:
    """The expression of a template string that is one ``${...}`` and nothing else."""
    if value is None or value.type != "template_string":
        return None
    parts = value.named_children
    if len(parts) != 1 or parts[0].type != "template_substitution" or len(parts[0].named_children) != 1:
        return None
    return ts.unwrap(parts[0].named_children[0])


def _interpolated_provider(value: Node, held: dict[str, _Provider | None]) -> str | None:
    """For ``${p}`` or ``${p.alias}`` where ``p`` holds an ``AwsProvider`` of the file: ``p``."""
    expression = _only_interpolation(value)
    if expression is None:
        return None
    if ts.text(expression) in held:
        return ts.text(expression)
    if expression.type == "member_expression" and ts.text(expression.child_by_field_name("property")) == "alias":
        holder = ts.text(ts.unwrap(expression.child_by_field_name("object")))
        return holder if holder in held else None
    return None


def _why_not(named: list[_Provider], reachable: list[_Provider]) -> str:
    if not named:
        return f"no {PROVIDER_CLASS} of this file has that alias"
    if len(reachable) > 1:
        return f"several {PROVIDER_CLASS}s have that alias here"
    if not reachable:
        return f"the {PROVIDER_CLASS} with that alias is out of reach here"
    return f"the {PROVIDER_CLASS} with that alias is not kept in a variable"


def _reference_edits(imports: Imports, provider: _Provider, value: Node) -> list[Edit] | None:
    """Edits that make ``value`` the provider's object (assigning it first if needed); None when
    the provider is part of a larger expression."""
    reference = provider.reference()
    if reference is not None:
        return [Edit(value.start_byte, value.end_byte, reference)]
    if not provider.is_bare():
        return None
    name = imports.fresh_name(_variable_name(provider.alias))
    return [Edit(provider.node.start_byte, provider.node.start_byte, f"const {name} = "),
            Edit(value.start_byte, value.end_byte, name)]


def _reaches(provider: _Provider, use: Node) -> bool:
    """Whether code at ``use`` sees the provider: after its statement in the same block or one
    nested in it; for a ``this.field``, anywhere in the same class after that."""
    if provider.statement.end_byte > use.start_byte:
        return False
    scope = provider.statement.parent
    if provider.field() is not None:
        scope = ts.enclosing(provider.node, "class_body") or scope
    return any(a == scope for a in ts.ancestors(use))


def _variable_name(alias: str) -> str:
    """``west2`` -> ``west2Provider``, ``us-east-1`` -> ``usEast1Provider``."""
    words = [w for w in re.split(r"[^0-9A-Za-z]+", alias) if w]
    name = "".join(w[:1].upper() + w[1:] for w in words)
    name = name[:1].lower() + name[1:]
    if not name or name[0].isdigit():
        name = "aws" + name[:1].upper() + name[1:]
    return name if name.lower().endswith("provider") else name + "Provider"


TRANSFORM = ProviderReferences()
