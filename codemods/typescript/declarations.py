"""What a name holds in TypeScript: the declaration an identifier or ``this.x`` refers to, its
declared type and value, the members of a class, and classes or interfaces declared anywhere in
the project.

Shared by transforms that follow a value back to where it was made (``const gw = new NatGateway``,
``this.vpc = new VpcModule``, ``public readonly vpcId: string``) without a type checker.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from tree_sitter import Node

from codemods.typescript import objects
from codemods.typescript import syntax as ts

_FUNCTIONS = ("arrow_function", "function_declaration", "function_expression", "method_definition",
              "generator_function_declaration", "generator_function", "function")
_THIS_BOUNDARIES = ("function_declaration", "function_expression", "generator_function_declaration",
                    "generator_function", "function")
_CLASSES = ("class_declaration", "abstract_class_declaration", "class")
_BLOCKS = ("statement_block", "program", "switch_body", "class_static_block")
_THIS_ASSIGNMENTS = """(assignment_expression
  left: (member_expression object: (this) property: (property_identifier) @name)
  right: (_) @value) @assignment"""
_PATTERN_BINDINGS = """[
  (shorthand_property_identifier_pattern) @name
  (pair_pattern value: (identifier) @name)
  (array_pattern (identifier) @name)
  (rest_pattern (identifier) @name)
  (object_assignment_pattern left: (shorthand_property_identifier_pattern) @name)
  (assignment_pattern left: (identifier) @name)
]"""
_TYPE_DECLARATIONS = ts.shared("""[
  (class_declaration name: (type_identifier) @name) @declaration
  (abstract_class_declaration name: (type_identifier) @name) @declaration
  (interface_declaration name: (type_identifier) @name) @declaration
  (type_alias_declaration name: (type_identifier) @name) @declaration
]""")


@dataclass(frozen=True)
class Declaration:
    """Where a name is bound: a variable, parameter, class member or ``this.x = ...`` assignment."""

    name: str
    node: Node
    type: Node | None = None  # the annotated type, without its colon
    value: Node | None = None  # the initial (or first assigned) value, unwrapped
    optional: bool = False  # declared with ``?``
    public: bool = True
    kind: str = "variable"  # variable | parameter | field | getter | method | assignment | declaration


# -- names in scope ------------------------------------------------------------------------------
def declaration_of(identifier: Node, language: str = "typescript") -> Declaration | None:
    """The nearest declaration of ``identifier``'s name in its enclosing scopes (None: unbound)."""
    name = ts.text(identifier)
    for scope in ts.ancestors(identifier):
        found = _declared_in(scope, name, language)
        if found is not None:
            return found
    return None


# Transforms ask for the declarations of the same names (``props``, ``config``) from many places of
# one tree, and each ask scans every statement of every enclosing block: the answer for a scope
# and a name is kept. A cached node keeps its tree alive, and trees are never edited in place, so
# an answer cannot go stale (as for ``syntax.captures``); a Declaration is immutable.
@functools.lru_cache(maxsize=8192)
def _declared_in(scope: Node, name: str, language: str) -> Declaration | None:
    if scope.type in _FUNCTIONS:
        return _parameter(scope, name, language)
    if scope.type in _BLOCKS:
        for child in scope.named_children:
            found = _statement_declares(child, name, language)
            if found is not None:
                return found
    elif scope.type == "for_statement":
        initializer = scope.child_by_field_name("initializer")
        return _statement_declares(initializer, name, language) if initializer is not None else None
    elif scope.type in ("for_in_statement", "catch_clause"):
        bound = scope.child_by_field_name("left" if scope.type == "for_in_statement" else "parameter")
        if bound is not None and (ts.text(bound) == name or _pattern_binds(bound, name, language)):
            return Declaration(name, bound)
    return None


def _statement_declares(statement: Node, name: str, language: str) -> Declaration | None:
    if statement.type == "export_statement":
        inner = statement.child_by_field_name("declaration")
        return _statement_declares(inner, name, language) if inner is not None else None
    if statement.type == "ambient_declaration":  # declare const x: T;
        inner = next((c for c in statement.named_children if c.type != "comment"), None)
        return _statement_declares(inner, name, language) if inner is not None else None
    if statement.type in ("lexical_declaration", "variable_declaration"):
        for declarator in statement.named_children:
            if declarator.type != "variable_declarator":
                continue
            bound = declarator.child_by_field_name("name")
            if ts.text(bound) == name:
                return Declaration(name, declarator, _annotated(declarator),
                                   ts.unwrap(declarator.child_by_field_name("value")))
            if bound is not None and bound.type != "identifier" and _pattern_binds(bound, name, language):
                return Declaration(name, declarator)
    if statement.type in ("function_declaration", "class_declaration", "abstract_class_declaration",
                          "import_statement") and _names(statement, name, language):
        return Declaration(name, statement, kind="declaration")
    return None


def _names(statement: Node, name: str, language: str) -> bool:
    if statement.type == "import_statement":
        clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
        if clause is None:
            return False
        found = ts.names(language, clause, ("identifier",))
        return any(ts.text(n) == name and _is_local_import_name(n) for n in found)
    return ts.text(statement.child_by_field_name("name")) == name


def _is_local_import_name(node: Node) -> bool:
    """In ``{ a as b }`` only ``b`` is bound; in ``{ a }``, ``* as a`` and ``a`` the name is."""
    parent = node.parent
    return not (parent.type == "import_specifier" and parent.child_by_field_name("alias") is not None
                and parent.child_by_field_name("name") == node)


def _parameter(function: Node, name: str, language: str) -> Declaration | None:
    single = function.child_by_field_name("parameter")
    if single is not None:
        return Declaration(name, single, kind="parameter") if ts.text(single) == name else None
    params = function.child_by_field_name("parameters")
    for param in params.named_children if params is not None else []:
        pattern = param.child_by_field_name("pattern")
        if pattern is not None and pattern.type == "identifier" and ts.text(pattern) == name:
            return Declaration(name, param, _annotated(param), ts.unwrap(param.child_by_field_name("value")),
                               optional=param.type == "optional_parameter", kind="parameter")
        if pattern is not None and pattern.type != "identifier" and _pattern_binds(pattern, name, language):
            return Declaration(name, param, kind="parameter")
    return None


def _pattern_binds(pattern: Node, name: str, language: str) -> bool:
    """Whether a destructuring pattern (``{ a, b: c }``, ``[x, ...rest]``) binds ``name``."""
    return any(ts.text(n) == name for n in ts.captures(language, _PATTERN_BINDINGS, pattern).get("name", []))


def _annotated(node: Node) -> Node | None:
    annotation = node.child_by_field_name("type")
    if annotation is None or annotation.type != "type_annotation":
        return annotation
    return annotation.named_children[0] if annotation.named_children else None


# -- classes -------------------------------------------------------------------------------------
def enclosing_class(node: Node) -> Node | None:
    """The class whose instance ``this`` is at ``node`` (arrow functions keep the outer ``this``)."""
    for ancestor in ts.ancestors(node):
        if ancestor.type in _CLASSES:
            return ancestor
        if ancestor.type in _THIS_BOUNDARIES:
            return None
    return None


def class_members(cls: Node, language: str) -> dict[str, Declaration]:
    """Instance members declared in a class body: fields, getters and methods, constructor
    parameter properties and ``this.x = ...`` assignments (a field keeps its type and takes the
    first assigned value when it has none). Static and ``#private`` members are left out."""
    body = cls.child_by_field_name("body")
    members: dict[str, Declaration] = {}
    if body is None:
        return members
    for child in body.named_children:
        if _has_token(child, "static"):
            continue
        if child.type == "public_field_definition":
            _add_field(members, child)
        elif child.type == "method_definition":
            _add_method(members, child)
    for caps in ts.matches(language, _THIS_ASSIGNMENTS, body):
        name_node, value = caps["name"][0], ts.unwrap(caps["value"][0])
        if enclosing_class(name_node) != cls:
            continue
        name = ts.text(name_node)
        known = members.get(name)
        if known is None:
            members[name] = Declaration(name, caps["assignment"][0], value=value, kind="assignment")
        elif known.value is None and known.kind == "field":
            members[name] = Declaration(name, known.node, known.type, value, known.optional, known.public, "field")
    return members


def _add_field(members: dict[str, Declaration], field: Node) -> None:
    name_node = field.child_by_field_name("name")
    if name_node is None or name_node.type != "property_identifier":
        return
    name = ts.text(name_node)
    members[name] = Declaration(name, field, _annotated(field), ts.unwrap(field.child_by_field_name("value")),
                                optional=_has_token(field, "?"), public=_is_public(field), kind="field")


def _add_method(members: dict[str, Declaration], method: Node) -> None:
    name_node = method.child_by_field_name("name")
    if name_node is None or name_node.type != "property_identifier":
        return
    name = ts.text(name_node)
    if name != "constructor":
        kind = "getter" if _has_token(method, "get") else "method"
        members[name] = Declaration(name, method, _return_type(method) if kind == "getter" else None,
                                    public=_is_public(method), kind=kind)
        return
    params = method.child_by_field_name("parameters")
    for param in params.named_children if params is not None else []:
        pattern = param.child_by_field_name("pattern")
        if pattern is not None and pattern.type == "identifier" and (
            _has_token(param, "accessibility_modifier") or _has_token(param, "readonly")
        ):
            members[ts.text(pattern)] = Declaration(
                ts.text(pattern), param, _annotated(param), None, param.type == "optional_parameter",
                _is_public(param), "field")


def _return_type(method: Node) -> Node | None:
    annotation = method.child_by_field_name("return_type")
    return annotation.named_children[0] if annotation is not None and annotation.named_children else None


def _is_public(node: Node) -> bool:
    modifier = next((c for c in node.children if c.type == "accessibility_modifier"), None)
    return modifier is None or ts.text(modifier) == "public"


def _has_token(node: Node, type_: str) -> bool:
    return any(c.type == type_ for c in node.children)


def base_class_name(cls: Node) -> str | None:
    """The last name of the ``extends`` clause (``cdktf.TerraformStack`` -> ``TerraformStack``)."""
    heritage = next((c for c in cls.named_children if c.type == "class_heritage"), None)
    clause = next((c for c in heritage.named_children if c.type == "extends_clause"), None) if heritage else None
    if clause is None:
        return None
    value = clause.child_by_field_name("value") or (clause.named_children[0] if clause.named_children else None)
    if value is None:
        return None
    return ts.text(value.child_by_field_name("property")) if value.type == "member_expression" else ts.text(value)


# -- types and values ----------------------------------------------------------------------------
def type_name(type_node: Node | None) -> str | None:
    """The last name of a plain or qualified type: ``Vpc``, ``aws.vpc.Vpc`` -> ``Vpc``."""
    if type_node is None:
        return None
    if type_node.type == "type_identifier":
        return ts.text(type_node)
    if type_node.type == "nested_type_identifier":
        return ts.text(type_node.child_by_field_name("name"))
    return None


def element_type_name(type_node: Node | None) -> str | None:
    """The element class of ``X[]`` or ``Array<X>`` (qualified or not)."""
    if type_node is None:
        return None
    if type_node.type == "array_type":
        return type_name(type_node.named_children[0]) if type_node.named_children else None
    if type_node.type == "generic_type" and ts.text(type_node.child_by_field_name("name")) == "Array":
        args = type_node.child_by_field_name("type_arguments")
        if args is not None and len(args.named_children) == 1:
            return type_name(args.named_children[0])
    return None


def constructed_class(value: Node | None) -> str | None:
    """The class name of ``new X(...)`` / ``new ns.X(...)`` (None for anything else)."""
    value = ts.unwrap(value)
    ctor = value.child_by_field_name("constructor") if value is not None and value.type == "new_expression" else None
    return objects.class_name(ctor) if ctor is not None else None


def held_class(declaration: Declaration) -> str | None:
    """The class of the object a declaration holds: its annotated type, else ``new X`` value."""
    return type_name(declaration.type) or (constructed_class(declaration.value) if declaration.type is None else None)


# -- the project ---------------------------------------------------------------------------------
def project_declarations(ctx, name: str, types: tuple[str, ...]) -> list[Node]:
    """Classes, interfaces or type aliases (``types``: their node types) named ``name``, in this
    file (its current tree) and then in every other file of the run."""
    found = [node for found_name, node in _declarations_in(ctx.language, ctx.tree.root_node)
             if found_name == name and node.type in types]
    if ctx.project is not None:
        index = ctx.project.index("typescript.declarations", ctx.language,
                                  lambda source, tree: _declarations_in(source.language, tree.root_node))
        found += [node for path, node in index.get(name, ()) if path != ctx.file.path and node.type in types]
    return found


@functools.lru_cache(maxsize=16)  # asked for each name looked up in the file
def _declarations_in(language: str, root: Node) -> tuple[tuple[str, Node], ...]:
    """(name, declaration) of every class, interface and type alias under ``root``."""
    return tuple((ts.text(caps["name"][0]), caps["declaration"][0]) for caps in ts.matches(language, _TYPE_DECLARATIONS, root))
