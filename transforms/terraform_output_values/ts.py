"""terraform-output-values (failure 5): every TerraformOutput reads a property that exists.

What it fixes
    A ``TerraformOutput`` whose ``value`` reads a member that the object does not have, when the
    object's class declares exactly one member that the name was meant to be:

    - a module class of the project (``const vpc = new VpcModule(...)``, ``this.network = new
      NetworkModule(...)``, a field typed ``VpcModule``), whose members are its public fields,
      getters, constructor parameter properties and ``this.x = ...`` assignments, in whichever
      file of the run the class is declared (``vpc.vpc.id`` -> ``vpc.vpcId``, ``vpc.id`` ->
      ``vpc.vpcId``);
    - a provider resource or data source, whose attributes come from the provider catalog
      (``bucket.bucketArn`` -> ``bucket.arn``).

    Choosing the member: names are split into lower-case words (``vpcId`` -> vpc, id). Words that
    only repeat the class or the object (``VpcModule``, ``vpc``) or say "module", "construct",
    "stack", "resource" are dropped from the front of both names. A member whose remaining words equal those of
    the name read is a candidate; when there is none, a member whose words end with all the words
    read (``instance`` -> ``dbInstance``) or whose words are the last words read is. Two reads in a
    row (``vpc.vpc.id``) are first tried as one joined name (``vpcId``). The fix is made only when
    exactly one candidate remains (``*Input`` attributes and methods are never candidates).

    A ``TerraformOutput`` without a ``value`` is reported.

Why
    A read of a missing member is ``undefined`` at synth time, so the output has no value and
    ``terraform plan`` fails with "The argument "value" is required"; TypeScript also rejects it
    (TS2339).

Example
    const network = new VpcModule(this, "network", { cidr: "10.0.0.0/16" });
    new TerraformOutput(this, "vpc-id", { value: network.vpc.id });
    becomes, where ``VpcModule`` declares ``public readonly vpcId: string`` and no ``vpc``,
    new TerraformOutput(this, "vpc-id", { value: network.vpcId });

What it leaves alone
    Members that exist (``vpc.vpc.id`` is right when the module has a public ``vpc``); objects
    whose class is not known (parameters without a type, classes from packages, classes that
    extend an unknown base, class names declared twice in the project); names with no candidate
    or more than one (reported); values outside ``TerraformOutput``.

Fix safety
    Safe: the output reads the member the class really exposes; nothing else changes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import declarations as decl
from codemods.typescript import objects
from codemods.typescript import syntax as ts

_MEMBER_CHAINS = "(member_expression) @chain"
_CLASSES = ("class_declaration", "abstract_class_declaration")
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_GENERIC_WORDS = frozenset({"module", "construct", "stack", "resource"})

_CONSTRUCT = frozenset({"node", "toString", "with"})
_TERRAFORM_STACK = _CONSTRUCT | {
    "synthesizer", "dependencies", "moveTargets", "prepareStack", "addOverride", "getLogicalId",
    "allProviders", "ensureBackendExists", "toHclTerraform", "toTerraform", "dependsOn",
    "addDependency", "runAllValidations", "hasResourceMove", "registerOutgoingCrossStackReference",
    "registerIncomingCrossStackReference",
}
#: Members every provider resource and data source inherits from cdktf's TerraformResource.
_TERRAFORM_RESOURCE = _CONSTRUCT | {
    "fqn", "friendlyUniqueId", "terraformResourceType", "terraformGeneratorMetadata",
    "terraformMetaArguments", "dependsOn", "count", "provider", "lifecycle", "forEach", "connection",
    "provisioners", "cdktfStack", "rawOverrides", "stackTrace", "importFrom", "moveTo", "moveToId",
    "moveFromId", "addMoveTarget", "hasResourceMove", "toMetadata", "toTerraform", "toHclTerraform",
    "overrideLogicalId", "resetOverrideLogicalId", "addOverride", "interpolationForAttribute",
}
_RESOURCE_METHOD = re.compile(r"^(get|reset|put)[A-Z]")
_BASE_MEMBERS = {"Construct": _CONSTRUCT, "TerraformStack": _TERRAFORM_STACK}


@dataclass(frozen=True)
class _Type:
    """What is known of a class: a module class's declared members, or a provider class's
    attributes, and the members both inherit from cdktf or constructs."""

    name: str
    members: dict[str, decl.Declaration]
    inherited: frozenset[str]
    attributes: frozenset[str] = frozenset()

    @property
    def provider(self) -> bool:
        return bool(self.attributes)

    def has(self, name: str) -> bool:
        if name in self.members or name in self.attributes or name in self.inherited:
            return True
        return self.provider and _RESOURCE_METHOD.match(name) is not None

    def candidates(self) -> list[str]:
        """Members that may stand for a wrong name: public values, never methods or inputs."""
        public = [n for n, d in self.members.items() if d.public and d.kind != "method"]
        return public + [a for a in self.attributes if not a.endswith("Input")]


class TerraformOutputValues(Transform):
    id = "terraform-output-values"
    name = "Terraform output values"
    failure = 5
    summary = "Give every TerraformOutput a value that reads a member the object really has."
    safety = Safety.SAFE
    requires = (b"TerraformOutput",)

    def check(self, ctx):
        types = _Types(ctx)
        for output in objects.constructions(ctx.language, ctx.tree.root_node, {"TerraformOutput"}):
            value = _value_of(output)
            if value is None:
                if not _may_hold_value(output):
                    label = f" {output.id_text}" if output.id_text else ""
                    yield ctx.finding(f"TerraformOutput{label} has no value", output.node)
                continue
            for chain in ts.captures(ctx.language, _MEMBER_CHAINS, value).get("chain", []):
                if not _is_outermost(chain):
                    continue
                finding = _check_chain(ctx, types, chain)
                if finding is not None:
                    yield finding


def _value_of(output: objects.Construction) -> Node | None:
    config = output.config
    return objects.value_of(objects.properties(config).get("value")) if config is not None else None


def _may_hold_value(output: objects.Construction) -> bool:
    """A config passed as a variable or spread from one may well carry the value."""
    if len(output.arguments) < 3:
        return False
    config = output.config
    return config is None or any(m.type == "spread_element" for m in objects.members(config))


def _is_outermost(chain: Node) -> bool:
    parent = chain.parent
    return not (parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == chain)


# -- reading a chain -----------------------------------------------------------------------------
def _check_chain(ctx, types: "_Types", chain: Node):
    root, steps = _split(chain)
    receiver, current = _root_type(ctx, types, root)
    for k, step in enumerate(steps):
        if current is None:
            return None
        name = ts.text(step)
        if not current.has(name):
            return _wrong_member(ctx, types, current, receiver, steps[k:])
        receiver, current = name, types.member_type(current, name)
    return None


def _split(chain: Node) -> tuple[Node, list[Node]]:
    """``a.b!.c`` -> (a, [b, c]): the root expression and each property read, in order."""
    steps = []
    current = chain
    while current is not None and current.type in ("member_expression", "non_null_expression", "parenthesized_expression"):
        if current.type == "member_expression":
            steps.append(current.child_by_field_name("property"))
            current = current.child_by_field_name("object")
        else:
            current = current.named_children[0] if current.named_children else None
    return current, steps[::-1]


def _root_type(ctx, types: "_Types", root: Node | None) -> tuple[str, "_Type | None"]:
    if root is None:
        return "", None
    if root.type == "this":
        cls = decl.enclosing_class(root)
        return "", types.of_class_node(cls) if cls is not None else None
    if root.type == "identifier":
        declaration = decl.declaration_of(root, ctx.language)
        if declaration is None or declaration.kind == "declaration":
            return ts.text(root), None
        return ts.text(root), types.named(decl.held_class(declaration))
    return "", None


def _wrong_member(ctx, types: "_Types", owner: _Type, receiver: str, steps: list[Node]):
    """A finding for ``steps[0]``, which ``owner`` lacks, fixed when one member fits."""
    wrong = ts.text(steps[0])
    if len(steps) > 1:
        joined = wrong + ts.text(steps[1])[:1].upper() + ts.text(steps[1])[1:]
        found = _candidates(owner, receiver, joined)
        if len(found) == 1:
            return _fixed(ctx, owner, steps[0], steps[1], f"{wrong}.{ts.text(steps[1])}", found[0])
    found = [c for c in _candidates(owner, receiver, wrong) if len(steps) == 1 or _can_read(types, owner, c, steps[1])]
    if len(found) == 1:
        return _fixed(ctx, owner, steps[0], steps[0], wrong, found[0])
    hint = f" (candidates: {', '.join(sorted(found))})" if found else ""
    return ctx.finding(f"TerraformOutput value reads {wrong}, which {owner.name} does not have{hint}", steps[0])


def _fixed(ctx, owner: _Type, first: Node, last: Node, wrong: str, right: str):
    return ctx.finding(f"{owner.name} has no {wrong}; the output reads {right}", (first.start_byte, last.end_byte),
                       [Edit(first.start_byte, last.end_byte, right)])


def _can_read(types: "_Types", owner: _Type, member: str, next_step: Node) -> bool:
    """Whether ``member`` may be followed by the next read (true when its type is unknown)."""
    held = types.member_type(owner, member)
    return held is None or held.has(ts.text(next_step))


# -- choosing a member ---------------------------------------------------------------------------
def _candidates(owner: _Type, receiver: str, wrong: str) -> list[str]:
    noise = set(_words(owner.name)) | set(_words(receiver)) | _GENERIC_WORDS
    wanted = _core(wrong, noise)
    members = [m for m in owner.candidates() if _core(m, noise)]
    same = [m for m in members if _core(m, noise) == wanted] if wanted else []
    if same:
        return same
    words = _words(wrong)
    return [m for m in members if _ends_with(_words(m), words) or _ends_with(words, _words(m))]


def _words(name: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(name)]


def _core(name: str, noise: set[str]) -> list[str]:
    words = _words(name)
    while words and words[0] in noise:
        words = words[1:]
    return words


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return bool(tail) and len(words) > len(tail) and words[-len(tail):] == tail


# -- classes -------------------------------------------------------------------------------------
class _Types:
    """Classes by name: module classes declared in the project, provider classes from the catalog."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.cache: dict[str, _Type | None] = {}

    def named(self, name: str | None) -> _Type | None:
        if name is None:
            return None
        if name not in self.cache:
            self.cache[name] = None  # a class that extends itself stays unknown
            self.cache[name] = self._lookup(name)
        return self.cache[name]

    def _lookup(self, name: str) -> _Type | None:
        declared = decl.project_declarations(self.ctx, name, _CLASSES)
        if len(declared) == 1:
            return self.of_class_node(declared[0])
        if declared:
            return None
        info = self.ctx.catalog.class_info(name)
        if info is None or info.kind not in ("resource", "data") or not info.attributes:
            return None
        return _Type(name, {}, _TERRAFORM_RESOURCE, frozenset(info.attributes))

    def of_class_node(self, cls: Node) -> _Type | None:
        """A project class with what it inherits; unknown when its base class is unknown."""
        name = ts.text(cls.child_by_field_name("name"))
        members = decl.class_members(cls, self.ctx.language)
        base = decl.base_class_name(cls)
        if base is None:
            return _Type(name, members, frozenset())
        if base in _BASE_MEMBERS:
            return _Type(name, members, _BASE_MEMBERS[base])
        parent = self.named(base)
        if parent is None or parent.provider:
            return None
        return _Type(name, {**parent.members, **members}, parent.inherited)

    def member_type(self, owner: _Type, name: str) -> _Type | None:
        member = owner.members.get(name)
        return self.named(decl.held_class(member)) if member is not None else None


TRANSFORM = TerraformOutputValues()
