"""dynamic-availability-zones (failure 8): build availability zone names from the region in scope.

What it fixes
    Hard-coded zone names: string literals in an array of zones (``["us-east-1a", "us-east-1b"]``)
    and the value of an ``availabilityZone`` property. Each becomes a template literal on the region
    expression in scope, ``${awsRegion}a``. The region is found the way a person would look for it:

    * the region of the ``AwsProvider`` the construct names in ``provider:``;
    * else the nearest local, parameter or destructured name for the region (``region``,
      ``awsRegion``, ``AWS_REGION``), a ``DataAwsRegion`` local (``current.region``), a
      parameter whose type declares a required region field (``props.region``,
      ``config.awsRegion``; the interface may live in another file of the run), or a class
      property (``this.region``);
    * else the ``region`` given to the file's default ``AwsProvider`` (the one without an
      ``alias``) when it is a variable or property expression usable where the zones are
      (``region: config.region``).

Why
    Zone names belong to one region. Code that spells ``us-east-1a`` fails to deploy in any other
    region, while the region itself is already a parameter of the stack.

Example
    constructor(scope: Construct, id: string, props: NetworkProps) {  // NetworkProps has region
      const azs = ["us-east-1a", "us-east-1b"];
    becomes
      const azs = [`${props.region}a`, `${props.region}b`];

What it leaves alone
    Strings that are not real zone names (the region part must look like ``us-east-1`` or
    ``us-gov-west-1``; ``use1-az1`` ids are not names); arrays mixing zones of several regions;
    lookup tables keyed by region (``{ "us-east-1": ["us-east-1a"] }``); optional region fields,
    which may be undefined. When no region expression is in scope, or the construct's provider
    has a literal region, the zones are reported without a fix.

Fix safety
    Safe: in the region the code deploys to, the same zones are described.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from codemods.catalog.names import resolve_name
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts

_REGION = r"[a-z]{2}(-gov)?-[a-z]+-\d"
_ZONE = re.compile(_REGION + "[a-z]")
_REGION_NAME = re.compile(r"(aws_?)?region", re.IGNORECASE)
_ARRAYS = ts.shared("(array) @array")
_ZONE_VALUES = ts.shared('(pair key: (property_identifier) @key value: (string) @zone (#eq? @key "availabilityZone"))')
_TYPES = ts.shared("""
(interface_declaration name: (type_identifier) @name body: (_) @body)
(type_alias_declaration name: (type_identifier) @name value: (object_type) @body)
""")
_THIS_ASSIGNMENTS = "(assignment_expression left: (member_expression object: (this) property: (property_identifier) @name))"
_FUNCTIONS = ("arrow_function", "function_declaration", "function_expression", "method_definition",
              "generator_function_declaration", "generator_function")
_BLOCKS = ("statement_block", "program")


@dataclass(frozen=True)
class _Zones:
    """Zone literals to rewrite together: the elements of one array, or one property value."""

    node: Node
    literals: tuple[Node, ...]


class DynamicAvailabilityZones(Transform):
    id = "dynamic-availability-zones"
    name = "Dynamic availability zones"
    failure = 8
    summary = "Build availability zone names from the region in scope instead of hard-coding them."
    safety = Safety.SAFE
    requires = tuple(b"-%d" % digit for digit in range(10))  # every zone name has "-<digit>"

    def check(self, ctx):
        finder = _RegionFinder(ctx)
        for zones in _hard_coded_zones(ctx):
            names = ", ".join(ts.string_value(z) for z in zones.literals)
            region = finder.region_at(zones.node)
            if region is None:
                yield ctx.finding(f"availability zone names hard-coded ({names}) and no region expression in scope "
                                  "to build them from", zones.node)
                continue
            edits = [Edit(z.start_byte, z.end_byte, f"`${{{region}}}{ts.string_value(z)[-1]}`") for z in zones.literals]
            yield ctx.finding(f"availability zone names hard-coded ({names}): build them from {region}", zones.node, edits)


def _hard_coded_zones(ctx) -> Iterator[_Zones]:
    root = ctx.tree.root_node
    for array in ts.captures(ctx.language, _ARRAYS, root).get("array", []):
        zones = _zone_array(array)
        if zones is not None:
            yield zones
    for zone in ts.captures(ctx.language, _ZONE_VALUES, root).get("zone", []):
        if _ZONE.fullmatch(ts.string_value(zone) or ""):
            yield _Zones(zone, (zone,))


def _zone_array(array: Node) -> _Zones | None:
    """An array whose elements are all zone names of one region, unless it is a per-region table."""
    elements = [e for e in array.named_children if e.type != "comment"]
    values = [ts.string_value(e) if e.type == "string" else None for e in elements]
    if not values or not all(v and _ZONE.fullmatch(v) for v in values) or len({v[:-1] for v in values}) != 1:
        return None
    parent = array.parent
    if parent is not None and parent.type == "pair" and re.fullmatch(_REGION, objects.key_name(parent) or ""):
        return None
    return _Zones(array, tuple(elements))


class _RegionFinder:
    """The region expression usable at a node, as text (``awsRegion``, ``props.region``)."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.providers, self.aliased = _aws_providers(ctx)
        self.type_bodies: dict[str, Node | None] = {}

    def region_at(self, node: Node) -> str | None:
        named, region = self._named_provider_region(node)
        if named:
            return self._usable(region, node) if region is not None else None
        candidate = next(self._scope_candidates(node), None)
        if candidate is not None:
            return candidate
        defaults = [region for construction, region in self.providers.items() if construction not in self.aliased]
        if len(defaults) == 1 and defaults[0] is not None:
            return self._usable(defaults[0], node)
        return None

    # -- the construct's own provider -----------------------------------------------------------
    def _named_provider_region(self, node: Node) -> tuple[bool, Node | None]:
        """Whether the enclosing construct names its provider, and that provider's region value
        (None when the provider is not an ``AwsProvider`` of this file or sets no region)."""
        config = _enclosing_config(node)
        provider = objects.value_of(objects.properties(config).get("provider")) if config is not None else None
        if provider is None:
            return False, None
        for construction, region in self.providers.items():
            if ts.text(provider) == _assigned_name(construction):
                return True, region
        return True, None

    def _usable(self, expression: Node, at: Node) -> str | None:
        """``expression`` as text when it is a variable or property path that is bound at ``at``."""
        expression = ts.unwrap(expression)
        root = expression
        while root.type == "member_expression":
            root = root.child_by_field_name("object")
        if "?." in ts.text(expression):
            return None
        if root.type == "this":
            owner = _this_class(at)
            return ts.text(expression) if owner is not None and owner == _this_class(expression) else None
        if root.type == "identifier" and any(n == ts.text(root) for n, _ in _bindings(at)):
            return ts.text(expression)
        return None

    # -- names in scope ---------------------------------------------------------------------------
    def _scope_candidates(self, at: Node) -> Iterator[str]:
        owner = _this_class(at)
        for scope in ts.ancestors(at):
            if scope == owner:
                yield from (f"this.{field}" for field in _region_fields_of_class(self.ctx.language, owner, at))
            for name, declaration in _scope_bindings(scope, at):
                region = self._region_of_binding(name, declaration)
                if region is not None:
                    yield region

    def _region_of_binding(self, name: str, declaration: Node) -> str | None:
        if declaration.type == "optional_parameter":
            return None
        value = ts.unwrap(declaration.child_by_field_name("value")) if declaration.type == "variable_declarator" else None
        if value is not None and value.type == "new_expression":
            written = objects.class_name(value.child_by_field_name("constructor"))
            resolved = resolve_name(self.ctx.catalog, written)
            return f"{name}.region" if resolved is not None and resolved[1] == "DataAwsRegion" else None
        if _REGION_NAME.fullmatch(name):
            return name
        if declaration.type == "required_parameter" and declaration.child_by_field_name("pattern").type == "identifier":
            field = self._region_field_of_type(declaration.child_by_field_name("type"))
            return f"{name}.{field}" if field is not None else None
        return None

    def _region_field_of_type(self, annotation: Node | None) -> str | None:
        type_node = annotation.named_children[0] if annotation is not None and annotation.named_children else None
        if type_node is None:
            return None
        if type_node.type == "object_type":
            body = type_node
        elif type_node.type == "type_identifier":
            body = self._type_body(ts.text(type_node))
        else:
            return None
        return _required_region_field(body) if body is not None else None

    def _type_body(self, name: str) -> Node | None:
        """The members of the interface or object type alias ``name``, here or in another file."""
        if name not in self.type_bodies:
            self.type_bodies[name] = self._find_type_body(name)
        return self.type_bodies[name]

    def _find_type_body(self, name: str) -> Node | None:
        for caps in ts.matches(self.ctx.language, _TYPES, self.ctx.tree.root_node):
            if ts.text(caps["name"][0]) == name:
                return caps["body"][0]
        if self.ctx.project is not None:
            index = self.ctx.project.index("dynamic-availability-zones.types", self.ctx.language, _type_bodies)
            for _, body in index.get(name, ())[:1]:
                return body
        return None


def _type_bodies(source, tree) -> list[tuple[str, Node]]:
    """(name, body) of the first interface or object type of each name in a file."""
    first: dict[str, Node] = {}
    for caps in ts.matches(source.language, _TYPES, tree.root_node):
        first.setdefault(ts.text(caps["name"][0]), caps["body"][0])
    return list(first.items())


def _bindings(at: Node) -> Iterator[tuple[str, Node]]:
    """Names bound where ``at`` is, nearest scope first (see :func:`_scope_bindings`)."""
    for scope in ts.ancestors(at):
        yield from _scope_bindings(scope, at)


def _scope_bindings(scope: Node, at: Node) -> Iterator[tuple[str, Node]]:
    """Names one scope binds for ``at``, each with its declaring node (``variable_declarator``, a
    parameter, or the loop statement); in blocks, only declarations that end before ``at``."""
    if scope.type in _BLOCKS:
        statements = [s for s in scope.named_children if s.end_byte <= at.start_byte]
        for statement in reversed(statements):
            if statement.type in ("lexical_declaration", "variable_declaration"):
                for declarator in statement.named_children:
                    if declarator.type == "variable_declarator":
                        yield from _names(declarator.child_by_field_name("name"), declarator)
    elif scope.type in _FUNCTIONS:
        single = scope.child_by_field_name("parameter")
        if single is not None:
            yield ts.text(single), scope
        params = scope.child_by_field_name("parameters")
        for param in params.named_children if params is not None else []:
            yield from _names(param.child_by_field_name("pattern"), param)
    elif scope.type == "for_in_statement":
        yield from _names(scope.child_by_field_name("left"), scope)


def _names(pattern: Node | None, declaration: Node) -> Iterator[tuple[str, Node]]:
    if pattern is None:
        return
    if pattern.type == "identifier":
        yield ts.text(pattern), declaration
    elif pattern.type == "object_pattern":
        for entry in pattern.named_children:
            if entry.type == "shorthand_property_identifier_pattern":
                yield ts.text(entry), declaration
            elif entry.type == "object_assignment_pattern":
                yield ts.text(entry.child_by_field_name("left")), declaration
            elif entry.type == "pair_pattern":
                yield from _names(entry.child_by_field_name("value"), declaration)
    elif pattern.type == "array_pattern":
        for entry in pattern.named_children:
            yield from _names(entry, declaration)


def _this_class(node: Node) -> Node | None:
    """The class body that ``this`` refers to at ``node`` (arrow functions keep ``this``)."""
    for scope in ts.ancestors(node):
        if scope.type in _FUNCTIONS and scope.type != "arrow_function":
            parent = scope.parent
            return parent if scope.type == "method_definition" and parent is not None and parent.type == "class_body" else None
        if scope.type == "class_body":
            return scope
    return None


def _region_fields_of_class(language: str, body: Node, at: Node) -> Iterator[str]:
    """Region-named properties of a class that hold a value when ``at`` runs: initialised fields,
    constructor parameter properties, and fields assigned before ``at``."""
    method = next((a for a in ts.ancestors(at) if a.type == "method_definition" and a.parent == body), None)
    in_constructor = method is not None and ts.text(method.child_by_field_name("name")) == "constructor"
    assigned = {
        ts.text(n) for n in ts.captures(language, _THIS_ASSIGNMENTS, body).get("name", [])
        if not in_constructor or n.end_byte <= at.start_byte
    }
    for member in body.named_children:
        if member.type == "public_field_definition":
            name = ts.text(member.child_by_field_name("name"))
            optional = any(c.type == "?" for c in member.children)
            if _REGION_NAME.fullmatch(name) and not optional and (member.child_by_field_name("value") or name in assigned):
                yield name
        elif member.type == "method_definition" and ts.text(member.child_by_field_name("name")) == "constructor":
            for param in member.child_by_field_name("parameters").named_children:
                is_property = any(c.type in ("accessibility_modifier", "readonly") for c in param.children)
                name = ts.text(param.child_by_field_name("pattern"))
                if is_property and param.type == "required_parameter" and _REGION_NAME.fullmatch(name):
                    yield name


def _required_region_field(body: Node) -> str | None:
    for member in body.named_children:
        if member.type == "property_signature":
            name = ts.text(member.child_by_field_name("name"))
            if _REGION_NAME.fullmatch(name) and not any(c.type == "?" for c in member.children):
                return name
    return None


def _aws_providers(ctx) -> tuple[dict[Node, Node | None], set[Node]]:
    """Each ``AwsProvider`` construction with the value of its ``region`` (None when unset), and
    the ones with an ``alias`` (which constructs only use when they name them)."""
    regions, aliased = {}, set()
    for construction in objects.constructions(ctx.language, ctx.tree.root_node, {"AwsProvider"}):
        props = objects.properties(construction.config) if construction.config is not None else {}
        regions[construction.node] = objects.value_of(props.get("region"))
        if "alias" in props:
            aliased.add(construction.node)
    return regions, aliased


def _assigned_name(construction: Node) -> str | None:
    """``p`` for ``const p = new X()``, ``this.p`` for ``this.p = new X()``."""
    parent = construction.parent
    if parent is not None and parent.type == "variable_declarator":
        return ts.text(parent.child_by_field_name("name"))
    if parent is not None and parent.type == "assignment_expression":
        return ts.text(parent.child_by_field_name("left"))
    return None


def _enclosing_config(node: Node) -> Node | None:
    """The nearest object literal around ``node`` that is the config argument of a ``new``."""
    for obj in ts.ancestors(node):
        if obj.type == "object" and obj.parent is not None and obj.parent.type == "arguments":
            new = obj.parent.parent
            if new is not None and new.type == "new_expression":
                return obj
    return None


TRANSFORM = DynamicAvailabilityZones()
