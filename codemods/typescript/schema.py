"""Which provider interface each object literal of a file is checked against, from the catalog.

TypeScript checks the config of ``new X(scope, id, { ... })`` against ``config_of_class(X)``, a
value declared with a provider type (``const cfg: S3BucketConfig = { ... }``) against that type,
the props of a construct of the project whose props interface declares a provider type
(``rules: SecurityGroupRuleConfig[]`` in ``new Firewall(this, "fw", { rules: [{ ... }] })``)
against that type, and each nested block (``rule: [{ ... }]``, ``healthCheck: { ... }``) against the interface its
property names (``element_interface``), list or not. :func:`schema_of` finds all of these once per
parsed file, so that schema-aware transforms see a property's declared type next to its value.

Only names bound by an import from ``@cdktf/provider-aws`` count: a local class or interface that
happens to share a provider name is never looked up. A value wrapped in ``as`` is not checked by
TypeScript and is left out, as are spreads and computed keys.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tree_sitter import Node, Tree

from codemods.catalog import (
    InterfaceInfo,
    PropertyInfo,
    element_interface,
    load_catalog,
)
from codemods.catalog.names import resolve_name
from codemods.catalog.packages import AWS_NPM
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports

PACKAGE = AWS_NPM
#: The properties every resource and data source config accepts (``cdktf.TerraformMetaArguments``).
META_ARGUMENTS = frozenset({"dependsOn", "count", "provider", "lifecycle", "forEach", "provisioners", "connection"})

_TYPED = ts.shared("""[
  (variable_declarator name: (identifier) type: (type_annotation (_) @type) value: (_) @value)
  (public_field_definition type: (type_annotation (_) @type) value: (_) @value)
]""")
_DECLARED = ts.shared("""[
  (variable_declarator name: (identifier) @name type: (type_annotation (_) @type)? value: (_)? @value)
  (public_field_definition name: (property_identifier) @field type: (type_annotation (_) @type)? value: (_)? @value)
  (assignment_expression left: (member_expression object: (this) property: (property_identifier) @field) right: (_) @value)
  (assignment_expression left: (identifier) @name right: (_) @value)
]""")
_CONSTRUCTORS = ts.shared("""(class_declaration name: (type_identifier) @class body: (class_body
  (method_definition name: (property_identifier) @method parameters: (formal_parameters) @params)))""")
_INTERFACES = ts.shared("(interface_declaration name: (type_identifier) @name body: (interface_body) @body)")
_MEMBERS = "(property_signature name: (property_identifier) @name type: (type_annotation (_) @type))"
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")


@dataclass(frozen=True)
class Entry:
    """One ``key: value`` of a checked object: the property the interface declares for it, if any."""

    pair: Node
    key: str
    value: Node  # without parentheses
    info: PropertyInfo | None

    @property
    def key_node(self) -> Node:
        """The key as written (for a shorthand, the shorthand itself)."""
        return self.pair if self.is_shorthand else self.pair.child_by_field_name("key")

    @property
    def is_shorthand(self) -> bool:
        return self.pair.type == "shorthand_property_identifier"


@dataclass(frozen=True)
class CheckedObject:
    """An object literal and the provider interface TypeScript checks it against.

    ``origin`` says how it was found: ``config``, ``declaration``, ``props`` (a construct's props
    of the project) or ``block`` (nested in one of those, under the property ``holder``).
    """

    node: Node
    interface: InterfaceInfo
    origin: str = "config"
    holder: str | None = None

    def entries(self) -> list[Entry]:
        """The ``key: value`` pairs with a plain key and the shorthands (``{ tags }``), in source order."""
        # Read by most schema-aware transforms of a pass: worked out once per checked object (the
        # objects of a tree are built once, see ``Schema.objects``); callers get a fresh list.
        found = self.__dict__.get("_entries")
        if found is None:
            found = self._entries()
            object.__setattr__(self, "_entries", found)
        return list(found)

    def _entries(self) -> tuple[Entry, ...]:
        found = []
        for child in self.node.named_children:
            if child.type == "shorthand_property_identifier":
                found.append(Entry(child, ts.text(child), child, self.interface.properties.get(ts.text(child))))
            if child.type != "pair" or child.child_by_field_name("key").type == "computed_property_name":
                continue
            key = objects.key_name(child)
            value = _strip_parentheses(child.child_by_field_name("value"))
            if key is not None and value is not None:
                found.append(Entry(child, key, value, self.interface.properties.get(key)))
        return tuple(found)

    def accepts(self, key: str) -> bool:
        """Whether the interface has property ``key`` (meta-arguments included for configs)."""
        return key in self.interface.properties or (self.interface.meta_arguments and key in META_ARGUMENTS)


class Schema:
    """The checked object literals of one parsed file, and the provider names it imports."""

    def __init__(self, source: bytes, root: Node, language: str, project=None, path: str | None = None) -> None:
        self.source = source
        self.root = root
        self.language = language
        self.project = project
        self.path = path
        self.catalog = load_catalog()
        self.imports = Imports(source, root, language)
        self._provider = {b.local: b for s in self.imports.statements if s.module.startswith(PACKAGE)
                          for b in s.bindings}

    # -- provider names ----------------------------------------------------------------------------
    def provider_name(self, node: Node) -> tuple[str, str | None] | None:
        """(name as exported, namespace or None) for a provider name as written: ``Vpc``,
        ``AwsVpc`` (an alias), ``aws.vpc.Vpc``, ``vpc.Vpc``, ``aws.vpc.VpcConfig`` in a type."""
        parts = _dotted(node)
        if not parts or parts[0] not in self._provider:
            return None
        binding = self._provider[parts[0]]
        if len(parts) == 1:
            return (binding.name, None) if binding.name not in ("*", "default") else None
        namespace = parts[-2] if len(parts) > 2 or binding.name == "*" else binding.name
        return parts[-1], namespace

    def provider_class(self, node: Node) -> str | None:
        """The provider class a constructor expression names, or None."""
        # The answer follows from the name as written (and this file's imports): worked out once
        # per spelling, as every construction and declaration of a file asks.
        parts = _dotted(node)
        key = tuple(parts) if parts else None
        cache = self.__dict__.setdefault("_provider_class_cache", {})
        if key not in cache:
            cache[key] = self._provider_class(node)
        return cache[key]

    def _provider_class(self, node: Node) -> str | None:
        written = self.provider_name(node)
        resolved = resolve_name(self.catalog, *written) if written else None
        if resolved is None or self.catalog.class_info(resolved[1]) is None:
            return None
        return resolved[1]

    def provider_interface(self, node: Node) -> InterfaceInfo | None:
        """The provider interface a type names, or None."""
        written = self.provider_name(node)
        if written is None or not self.catalog.has_interface(written[0]):
            return None
        return self.catalog.interface(written[0])

    # -- checked objects ---------------------------------------------------------------------------
    @functools.cached_property
    def objects(self) -> list[CheckedObject]:
        """Every checked object literal, outermost first, in source order."""
        found: list[CheckedObject] = []
        for checked in self._roots():
            self._with_blocks(checked, found)
        return sorted(found, key=lambda c: c.node.start_byte)

    def _roots(self):
        for construction in objects.constructions(self.language, self.root):
            config = _strip_parentheses(construction.arguments[2]) if len(construction.arguments) >= 3 else None
            if config is None or config.type != "object":
                continue
            cls = self.provider_class(construction.node.child_by_field_name("constructor"))
            interface = self.catalog.config_of_class(cls) if cls else None
            if interface is not None:
                yield CheckedObject(config, interface)
            elif (props := self._construct_props(construction.class_name)) is not None:
                yield from self._props(config, props)
        for caps in ts.matches(self.language, _TYPED, self.root):
            type_node, value = caps["type"][0], _strip_parentheses(caps["value"][0])
            typed = self.provider_type(type_node)
            if typed is not None:
                yield from (CheckedObject(o, typed[0], "declaration") for o in _object_values(value, typed[1]))

    def provider_type(self, type_node: Node) -> tuple[InterfaceInfo, bool] | None:
        """(interface, whether a list) for a type ``X`` or ``X[]`` naming a provider interface."""
        is_list = type_node.type == "array_type"
        interface = self.provider_interface(type_node.named_children[0] if is_list else type_node)
        return (interface, is_list) if interface is not None else None

    def _props(self, config: Node, declared: dict[str, tuple[InterfaceInfo, bool]]):
        for child in config.named_children:
            key = objects.key_name(child) if child.type == "pair" else None
            if key in declared:
                interface, is_list = declared[key]
                value = _strip_parentheses(child.child_by_field_name("value"))
                yield from (CheckedObject(o, interface, "props", key) for o in _object_values(value, is_list))

    def _with_blocks(self, checked: CheckedObject, found: list[CheckedObject]) -> None:
        found.append(checked)
        for entry in checked.entries():
            block = element_interface(entry.info.type) if entry.info else None
            if block is None:
                continue
            interface = self.catalog.interface(block)
            for value in _object_values(entry.value, entry.value.type == "array"):
                self._with_blocks(CheckedObject(value, interface, "block", entry.key), found)

    # -- constructs of the project -----------------------------------------------------------------
    def _construct_props(self, cls: str) -> dict[str, tuple[InterfaceInfo, bool]] | None:
        """For a construct class of the project whose props interface (third constructor
        parameter) declares provider types: property name -> (interface, whether a list); else
        None. The other files' interfaces and constructors are looked up in project indexes (built
        once per project), so a file costs the same however many files the project has."""
        cache = self.__dict__.setdefault("_construct_props_cache", {})
        if cls not in cache:
            cache[cls] = self._construct_props_uncached(cls)
        return cache[cls]

    def _construct_props_uncached(self, cls: str) -> dict[str, tuple[InterfaceInfo, bool]] | None:
        constructors = [(self, props) for name, props in self._constructor_props if name == cls]
        others = self._project_index("constructors", lambda schema: [
            (name, (schema, props)) for name, props in schema._constructor_props])
        constructors += [value for path, value in others.get(cls, ()) if path != self.path]
        tables = []
        for owner, props in constructors:
            if props is None:
                continue
            interfaces = self._interfaces_named(props)
            if len(interfaces) == 1:
                tables.append(interfaces[0][0]._provider_members_of(interfaces[0][1]))
        return tables[0] if len(tables) == 1 and tables[0] else None

    def _interfaces_named(self, name: str) -> tuple[tuple["Schema", Node], ...]:
        """(schema, body) of every interface ``name`` of this file, then of the project's other files.

        Kept per name: every constructor of a class asks for its props interface, and in a folder
        of model responses each of hundreds of files declares the same ``TapStack`` and
        ``TapStackProps``, so gathering them anew per constructor grew with the square of the
        project's files (a tenth of a second at 800 files, four times that at twice the files)."""
        cache = self.__dict__.setdefault("_interfaces_named_cache", {})
        if name not in cache:
            found = [(self, body) for own, body in self._interface_bodies if own == name]
            others = self._project_index("interfaces", lambda schema: [
                (own, (schema, body)) for own, body in schema._interface_bodies])
            cache[name] = tuple(found + [value for path, value in others.get(name, ()) if path != self.path])
        return cache[name]

    def _project_index(self, key: str, build) -> dict[str, list]:
        """name -> [(path, value)] over the project's files (their schemas as on disk), built once."""
        project = self.project
        if project is None:
            return {}
        return project.index(f"typescript.schema.{key}", self.language,
                             lambda s, t: build(project_schema(project, s, t)))

    def _provider_members_of(self, body: Node) -> dict[str, tuple[InterfaceInfo, bool]]:
        """``_provider_members(body)``, computed once per interface body of this schema."""
        cache = self.__dict__.setdefault("_provider_members_cache", {})
        key = (body.start_byte, body.end_byte)
        if key not in cache:
            cache[key] = self._provider_members(body)
        return cache[key]

    @functools.cached_property
    def _interface_bodies(self) -> tuple[tuple[str, Node], ...]:
        return tuple((ts.text(caps["name"][0]), caps["body"][0]) for caps in ts.matches(self.language, _INTERFACES, self.root))

    @functools.cached_property
    def _constructor_props(self) -> tuple[tuple[str, str | None], ...]:
        """(class, props type name or None) of every constructor of a class in the file."""
        return tuple((ts.text(caps["class"][0]),
                      _third_parameter_type(caps) if ts.text(caps["method"][0]) == "constructor" else None)
                     for caps in ts.matches(self.language, _CONSTRUCTORS, self.root))

    def _provider_members(self, body: Node) -> dict[str, tuple[InterfaceInfo, bool]]:
        members = {}
        for caps in ts.matches(self.language, _MEMBERS, body):
            typed = self.provider_type(caps["type"][0])
            if typed is not None:
                members[ts.text(caps["name"][0])] = typed
        return members

    # -- instances ---------------------------------------------------------------------------------
    def class_of(self, node: Node) -> str | None:
        """The provider class of an instance written as ``name`` or ``this.name``, when every
        declaration of that name in the file says the same (``= new X(...)`` or ``: X``)."""
        node = _strip_parentheses(node)
        if node.type == "identifier":
            return self._declared_classes[0].get(ts.text(node))
        if node.type == "member_expression" and node.child_by_field_name("object").type == "this":
            return self._declared_classes[1].get(ts.text(node.child_by_field_name("property")))
        return None

    @functools.cached_property
    def _declared_classes(self) -> tuple[dict[str, str], dict[str, str]]:
        """(variables, fields of ``this``) whose declarations all agree on one provider class."""
        seen: tuple[dict[str, set], dict[str, set]] = ({}, {})
        for caps in ts.matches(self.language, _DECLARED, self.root):
            table, name = (seen[0], caps["name"][0]) if "name" in caps else (seen[1], caps["field"][0])
            classes = table.setdefault(ts.text(name), set())
            if "type" in caps:
                classes.add(self.provider_class(caps["type"][0]))
            if "value" in caps:
                value = ts.unwrap(caps["value"][0])
                ctor = value.child_by_field_name("constructor") if value.type == "new_expression" else None
                classes.add(self.provider_class(ctor) if ctor is not None else None)
        return tuple({name: next(iter(c)) for name, c in table.items() if len(c) == 1 and None not in c}
                     for table in seen)

    # -- writing literals --------------------------------------------------------------------------
    def quote_near(self, node: Node) -> str:
        """The quote of the statement holding ``node``, else of the file's imports."""
        return ts.quote_near(self.language, ts.statement_of(node), self.imports.quote)


def schema_of(ctx) -> Schema:
    """The schema view of the context's file, built once per parsed tree."""
    return _schema(ctx.tree, ctx.source, ctx.language, ctx.project, ctx.file.path)


def project_schema(project, source, tree: Tree) -> Schema:
    """The schema of another file of the project, built once per project: it sees that file alone."""
    return project.memo("typescript.schema", source, tree, lambda s, t: _schema(t, s.text, s.language))


@functools.lru_cache(maxsize=64)
def _schema(tree: Tree, source: bytes, language: str, project=None, path: str | None = None) -> Schema:
    return Schema(source, tree.root_node, language, project, path)


# -- types and literals --------------------------------------------------------------------------
def type_members(type_text: str) -> list[str]:
    """The members of a union type text, split outside brackets and braces."""
    return list(_type_members(type_text))


@functools.lru_cache(maxsize=4096)  # the catalog's few hundred type texts, asked for every entry
def _type_members(type_text: str) -> tuple[str, ...]:
    members, depth, start = [], 0, 0
    for i, ch in enumerate(type_text):
        depth += ch in "{[(<"
        depth -= ch in "}])>"
        if ch == "|" and depth == 0:
            members.append(type_text[start:i].strip())
            start = i + 1
    members.append(type_text[start:].strip())
    return tuple(members)


def literal_type(node: Node) -> str | None:
    """``string``, ``number`` or ``boolean`` for a literal of that type (``-1`` included), else None."""
    if ts.string_value(node) is not None:
        return "string"
    if node.type == "number" or (node.type == "unary_expression" and ts.text(node.child_by_field_name("operator")) == "-"
                                 and node.child_by_field_name("argument").type == "number"):
        return "number"
    if node.type in ("true", "false"):
        return "boolean"
    return None


def is_plain_number(text: str) -> bool:
    """Whether ``text`` is a decimal number written the one way JavaScript prints it back."""
    return _NUMBER.fullmatch(text) is not None and text != "-0"


def _third_parameter_type(caps: dict[str, list[Node]]) -> str | None:
    """The type name of a constructor's third parameter (``props: FirewallProps``), if plain."""
    params = [p for p in caps["params"][0].named_children if p.type in ("required_parameter", "optional_parameter")]
    annotation = params[2].child_by_field_name("type") if len(params) >= 3 else None
    named = annotation.named_children[0] if annotation is not None and annotation.named_children else None
    return ts.text(named) if named is not None and named.type == "type_identifier" else None


def _strip_parentheses(node: Node | None) -> Node | None:
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node


def _object_values(value: Node, is_list: bool) -> list[Node]:
    """The object literals a value gives for one block (``{}``) or a list of blocks (``[{}, {}]``)."""
    if value.type == "object":
        return [value]
    if is_list and value.type == "array":
        items = (_strip_parentheses(c) for c in value.named_children)
        return [c for c in items if c is not None and c.type == "object"]
    return []


def _dotted(node: Node) -> list[str] | None:
    """``["aws", "vpc", "Vpc"]`` for ``aws.vpc.Vpc`` (value or type position), else None."""
    if node.type in ("identifier", "type_identifier"):
        return [ts.text(node)]
    if node.type == "member_expression":
        head = _dotted(node.child_by_field_name("object"))
        return head + [ts.text(node.child_by_field_name("property"))] if head else None
    if node.type == "nested_type_identifier":
        head = _dotted(node.child_by_field_name("module"))
        return head + [ts.text(node.child_by_field_name("name"))] if head else None
    if node.type == "nested_identifier":
        head = _dotted(node.child_by_field_name("object"))
        return head + [ts.text(node.child_by_field_name("property"))] if head else None
    return None
