"""construct-base-class: a class that calls ``super(scope, id)`` extends ``Construct``, not ``TerraformModule``.

What it fixes
    A class declared ``extends TerraformModule`` (from ``cdktf``, also as ``cdktf.TerraformModule``)
    whose constructor calls ``super(scope, id)`` with two arguments: a group of resources written
    as a construct. Its base becomes ``Construct`` from ``constructs`` (imported when needed); the
    ``TerraformModule`` import goes when nothing else uses it.

Why
    ``TerraformModule`` is the base of a Terraform module call (a ``source`` such as a registry
    module or a local folder), and its constructor needs those options as a third argument, so
    the two-argument call does not compile (TS2554 "Expected 3 arguments, but got 2"). A class
    that creates resources itself is a ``Construct``: the resources keep their place in the tree.

Example
    import { TerraformModule } from "cdktf";
    export class Network extends TerraformModule {
      constructor(scope: Construct, id: string) {
        super(scope, id);
    becomes
    import { Construct } from "constructs";
    export class Network extends Construct {
      constructor(scope: Construct, id: string) {
        super(scope, id);

What it leaves alone
    A real ``TerraformModule`` subclass, whose ``super`` call passes the module options
    (``super(scope, id, { source: "./modules/vpc" })``); a class without a constructor of its
    own; a ``TerraformModule`` that is not cdktf's.

Fix safety
    Safe: the code describes the same resources, under the construct it meant to write.
"""
from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports

MODULE = "cdktf"
BASE = "TerraformModule"
_CLASSES = ts.shared("""(class_declaration
  body: (class_body (method_definition name: (property_identifier) @ctor body: (statement_block) @body))
) @class""")
_SUPER_CALLS = "(call_expression function: (super) arguments: (arguments) @args) @call"


class ConstructBaseClass(Transform):
    id = "construct-base-class"
    name = "Construct base class"
    summary = "A TerraformModule subclass calling super(scope, id) extends Construct instead."
    safety = Safety.SAFE

    def check(self, ctx):
        imports = ctx.imports
        targets = list(_two_argument_modules(ctx, imports))
        unused = _unused_after(imports, [base for _, base in targets])
        for n, (cls, base) in enumerate(targets, start=1):
            construct, edits = imports.add("constructs", "Construct")
            edits.append(Edit(base.start_byte, base.end_byte, construct))
            if n == len(targets):
                edits += [e for local in unused for e in imports.remove(local)]
            name = ts.text(cls.child_by_field_name("name"))
            yield ctx.finding(f"{name} calls super(scope, id): it is a Construct, not a {BASE}", base, edits)


def _two_argument_modules(ctx, imports: Imports) -> Iterator[tuple[Node, Node]]:
    """(class, base expression) of each cdktf TerraformModule subclass whose constructor calls
    ``super`` with two arguments."""
    named = {b.local for s in imports.statements if s.module == MODULE for b in s.named if b.name == BASE}
    namespaces = {s.namespace.local for s in imports.statements if s.module == MODULE and s.namespace}
    for caps in ts.matches(ctx.language, _CLASSES, ctx.tree.root_node):
        cls = caps["class"][0]
        base = _base(cls)
        if ts.text(caps["ctor"][0]) != "constructor" or base is None:
            continue
        if not _is_cdktf_module(base, named, namespaces):
            continue
        if _super_argument_counts(ctx, caps["body"][0]) == [2]:
            yield cls, base


def _base(cls: Node) -> Node | None:
    heritage = next((c for c in cls.named_children if c.type == "class_heritage"), None)
    extends = next((c for c in heritage.named_children if c.type == "extends_clause"), None) if heritage else None
    return extends.child_by_field_name("value") if extends else None


def _is_cdktf_module(base: Node, named: set[str], namespaces: set[str]) -> bool:
    if base.type == "identifier":
        return ts.text(base) in named
    if base.type == "member_expression":
        owner = base.child_by_field_name("object")
        return owner.type == "identifier" and ts.text(owner) in namespaces and ts.text(base.child_by_field_name("property")) == BASE
    return False


def _super_argument_counts(ctx, body: Node) -> list[int]:
    calls = ts.matches(ctx.language, _SUPER_CALLS, body)
    return [sum(1 for a in caps["args"][0].named_children if a.type != "comment") for caps in calls]


def _unused_after(imports: Imports, bases: list[Node]) -> set[str]:
    """The imported base class names that no code uses once ``bases`` are replaced."""
    replaced = {b.start_byte for b in bases if b.type == "identifier"}
    locals_ = {ts.text(b) for b in bases if b.type == "identifier"}
    return {name for name in locals_ if {n.start_byte for n in imports.references(name)} <= replaced}


TRANSFORM = ConstructBaseClass()
