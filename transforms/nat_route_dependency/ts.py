"""nat-route-dependency (failure 9): a route through a NAT gateway depends on that gateway.

What it fixes
    A ``Route`` whose ``natGatewayId`` reads a ``NatGateway`` made in the same scope (a variable,
    a ``this.x`` field, or an element of a ``NatGateway[]`` such as ``natGateways[i]``) and does
    not list it in ``dependsOn``: the gateway expression is added to ``dependsOn`` (appended when
    the route already has a ``dependsOn`` list). A route written before the gateway it uses is
    moved, with the comment lines right above it, to just after the statement that makes the
    gateway; the ``dependsOn`` follows on the next pass.

Why
    Code that reads ``this.natGateway.id`` before the gateway is assigned, or a ``const`` before
    its declaration, fails at synth (``undefined``, or a temporal dead zone error; TS2565 or
    TS2448), so the route must come after the gateway. Terraform already orders the two through
    the ``natGateway.id`` reference; the explicit ``dependsOn`` states the intent and keeps the
    order when the id later travels as a plain string (a variable, a lookup, a module output),
    where a route created before its gateway is available fails (``InvalidNatGatewayID.NotFound``).

Example
    new Route(this, "private-default", {
      routeTableId: privateTable.id,
      destinationCidrBlock: "0.0.0.0/0",
      natGatewayId: natGateway.id,
    });
    becomes
    new Route(this, "private-default", {
      routeTableId: privateTable.id,
      destinationCidrBlock: "0.0.0.0/0",
      natGatewayId: natGateway.id,
      dependsOn: [natGateway],
    });

What it leaves alone
    Routes that already depend on the gateway; gateways that are not known to be a
    ``NatGateway`` here (parameters without that type, module outputs, optional fields, ids passed
    as strings); a ``dependsOn`` that is not a list literal and configs with a spread (both only
    reported). A route written before its gateway is only reported when it sits inside a larger
    statement (a loop, a condition) or its variable is used before the gateway is made, because
    moving it would move other code too.

Fix safety
    Safe: the same resources are described; only their order and an explicit dependency change.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import declarations as decl
from codemods.typescript import objects
from codemods.typescript import syntax as ts

ROUTE = "Route"
NAT_GATEWAY = "NatGateway"
_NEW_GATEWAY = "(new_expression) @new"
_PUSHES = """(call_expression
  function: (member_expression object: (_) @array property: (property_identifier) @method)
  arguments: (arguments)) @call"""


@dataclass(frozen=True)
class _Gateway:
    """The expression that holds the gateway a route reads, and where the gateway is made."""

    holder: Node  # as written in ``natGatewayId: <holder>.id``
    origins: tuple[Node, ...]  # the nodes that make the gateway (empty: made where order is moot)


@dataclass(frozen=True)
class _Move:
    """A route statement (with its comment lines) to be moved after the gateway's statement."""

    statement: Node
    start: int  # the first byte of its leading comment lines
    after: Node  # the statement it goes after


class NatRouteDependency(Transform):
    id = "nat-route-dependency"
    name = "NAT route dependency"
    failure = 9
    summary = "Make a Route that uses a NAT gateway depend on it and come after it."
    safety = Safety.SAFE
    requires = (b"natGatewayId",)

    def check(self, ctx):
        moves: dict[int, list[_Move]] = defaultdict(list)
        for route in objects.constructions(ctx.language, ctx.tree.root_node, {ROUTE}):
            config = route.config
            gateway = _gateway_of(ctx.language, config)
            if gateway is None:
                continue
            holder = _as_written(gateway.holder)
            blocked_by = _last_origin_after(route.node, gateway.origins)
            if blocked_by is None:
                yield from _depends_on(ctx, config, holder)
                continue
            move = _plan_move(ctx, route.node, blocked_by)
            if move is None:
                yield ctx.finding(f"route uses NAT gateway {holder} before it is made; move the route after it",
                                  route.node)
            else:
                moves[ts.line_end(ctx.source, move.after.end_byte)].append(move)
        for at, group in moves.items():
            yield _move_finding(ctx, at, group)


# -- which gateway a route reads -----------------------------------------------------------------
def _gateway_of(language: str, config: Node | None) -> _Gateway | None:
    """The NAT gateway behind ``natGatewayId: <holder>.id``, when it is known to be one."""
    if config is None:
        return None
    value = ts.unwrap(objects.value_of(objects.properties(config).get("natGatewayId")))
    if value is None or value.type != "member_expression" or ts.text(value.child_by_field_name("property")) != "id":
        return None
    holder = value.child_by_field_name("object")
    target = ts.unwrap(holder)
    if target is None:
        return None
    if target.type == "subscript_expression":
        return _array_element(language, holder, ts.unwrap(target.child_by_field_name("object")))
    declaration = _declaration(language, target)
    if declaration is None or declaration.optional or decl.held_class(declaration) != NAT_GATEWAY:
        return None
    return _Gateway(holder, _made_by(declaration))


def _array_element(language: str, holder: Node, array: Node | None) -> _Gateway | None:
    """``gateways[i]`` of an array made by ``[new NatGateway..]`` / ``.map``, or typed
    ``NatGateway[]`` and filled by ``push`` (each push is where gateways are made)."""
    declaration = _declaration(language, array) if array is not None else None
    if declaration is None or declaration.optional:
        return None
    if declaration.value is not None and _makes_gateways(language, declaration.value):
        return _Gateway(holder, (declaration.node,))
    if decl.element_type_name(declaration.type) != NAT_GATEWAY:
        return None
    return _Gateway(holder, tuple(_pushes_into(language, array, declaration)))


def _declaration(language: str, node: Node) -> decl.Declaration | None:
    """The declaration of an identifier, or the class member behind ``this.x``."""
    if node.type == "identifier":
        return decl.declaration_of(node, language)
    if node.type == "member_expression" and node.child_by_field_name("object").type == "this":
        cls = decl.enclosing_class(node)
        if cls is not None:
            return decl.class_members(cls, language).get(ts.text(node.child_by_field_name("property")))
    return None


def _made_by(declaration: decl.Declaration) -> tuple[Node, ...]:
    """Where a single gateway is made: its declarator or ``this.x =`` assignment (a class field
    initializer or a parameter is made before any statement of the body runs)."""
    if declaration.kind in ("variable", "assignment"):
        return (declaration.node,)
    if declaration.kind == "field" and declaration.value is not None:
        assignment = ts.enclosing(declaration.value, "assignment_expression")
        return (assignment,) if assignment is not None else ()
    return ()


def _makes_gateways(language: str, value: Node) -> bool:
    """An array literal or ``.map`` whose elements are ``new NatGateway(...)``."""
    if value.type not in ("array", "call_expression"):
        return False
    made = ts.captures(language, _NEW_GATEWAY, value).get("new", [])
    return any(decl.constructed_class(n) == NAT_GATEWAY for n in made)


def _pushes_into(language: str, array: Node, declaration: decl.Declaration) -> list[Node]:
    """The ``array.push(...)`` calls in the scope of the array's declaration."""
    scope = _scope_of(declaration.node)
    wanted = _compact(ts.text(array))
    return [
        caps["call"][0]
        for caps in ts.matches(language, _PUSHES, scope)
        if ts.text(caps["method"][0]) == "push" and _compact(ts.text(caps["array"][0])) == wanted
    ]


def _scope_of(node: Node) -> Node:
    return ts.enclosing(node, "class_body", "statement_block", "program") or node


# -- dependsOn -----------------------------------------------------------------------------------
def _depends_on(ctx, config: Node, holder: str):
    entries = objects.properties(config)
    current = entries.get("dependsOn")
    if current is None:
        if any(m.type == "spread_element" for m in objects.members(config)):
            yield ctx.finding(f"route through {holder} has no dependsOn on it (config has a spread)", config)
            return
        yield ctx.finding(f"route through NAT gateway {holder} does not depend on it", config,
                          objects.insert_property(ctx.source, config, f"dependsOn: [{holder}]"))
        return
    listed = ts.unwrap(objects.value_of(current))
    if listed is None or listed.type != "array":
        yield ctx.finding(f"route's dependsOn is not a list; add {holder} to it", current)
        return
    if any(_compact(ts.text(e)) == _compact(holder) for e in objects.members(listed)):
        return
    yield ctx.finding(f"route through NAT gateway {holder} does not depend on it", current,
                      objects.insert_property(ctx.source, listed, holder))


def _as_written(node: Node) -> str:
    """The expression's text, on one line (spaces inside are kept)."""
    return " ".join(ts.text(node).split())


def _compact(text: str) -> str:
    return "".join(text.split())


# -- order ---------------------------------------------------------------------------------------
def _last_origin_after(route: Node, origins: tuple[Node, ...]) -> Node | None:
    """The last statement that makes the gateway after the route's own statement, each compared
    in the nearest block holding both (None when the gateway is made before the route)."""
    later = []
    for origin in origins:
        block = _common_block(route, origin)
        if block is None:
            continue
        route_top, origin_top = _child_of(block, route), _child_of(block, origin)
        if route_top.id != origin_top.id and route_top.start_byte < origin_top.start_byte:
            later.append(origin_top)
    return max(later, key=lambda n: n.end_byte, default=None)


def _common_block(a: Node, b: Node) -> Node | None:
    for block in ts.ancestors(a):
        if block.type in ("statement_block", "program") and block.start_byte <= b.start_byte and b.end_byte <= block.end_byte:
            return block
        if block.type in ("class_body",):
            return None
    return None


def _child_of(block: Node, node: Node) -> Node:
    current = node
    while current.parent is not None and current.parent.id != block.id:
        current = current.parent
    return current


def _plan_move(ctx, route: Node, after: Node) -> _Move | None:
    """How to move the route's statement after ``after``, or None when it cannot move alone."""
    statement = ts.statement_of(route)
    if statement.parent is None or statement.parent.id != after.parent.id:
        return None
    if statement.type not in ("expression_statement", "lexical_declaration", "variable_declaration"):
        return None
    if not _alone_on_its_lines(ctx.source, statement) or _used_before(ctx.language, statement, after):
        return None
    return _Move(statement, _leading_comments_start(ctx.source, statement), after)


def _alone_on_its_lines(source: bytes, statement: Node) -> bool:
    before = source[ts.line_start(source, statement.start_byte) : statement.start_byte]
    after = source[statement.end_byte : ts.line_end(source, statement.end_byte)].strip()
    return before.strip() == b"" and (after == b"" or after.startswith(b"//"))


def _used_before(language: str, statement: Node, after: Node) -> bool:
    """Whether a variable the route statement declares is read before ``after`` ends."""
    if statement.type == "expression_statement":
        return False
    names = {ts.text(d.child_by_field_name("name")) for d in statement.named_children if d.type == "variable_declarator"}
    block = statement.parent
    for sibling in block.named_children:
        if statement.end_byte <= sibling.start_byte <= after.start_byte:
            used = ts.names(language, sibling, ("identifier",))
            if any(ts.text(n) in names for n in used):
                return True
    return False


def _leading_comments_start(source: bytes, statement: Node) -> int:
    """The start of the comment lines directly above a statement (no blank line between)."""
    start = statement.start_byte
    sibling = statement.prev_sibling
    while sibling is not None and sibling.type == "comment":
        between = source[sibling.end_byte : start]
        line_before = source[ts.line_start(source, sibling.start_byte) : sibling.start_byte]
        if between.count(b"\n") != 1 or line_before.strip():
            break
        start = sibling.start_byte
        sibling = sibling.prev_sibling
    return ts.line_start(source, start)


def _move_finding(ctx, at: int, group: list[_Move]):
    """One fix moving every route that waits for the same gateway, keeping their order (and a
    blank line before each when the gateway's statement is followed by one)."""
    edits, moved = [], []
    for move in sorted(group, key=lambda m: m.start):
        end = ts.line_end(ctx.source, move.statement.end_byte)
        moved.append(ctx.source[move.start : end].decode("utf-8"))
        edits.append(Edit(move.start, _past_blank_line(ctx.source, move.start, end), ""))
    separator = "\n" if ctx.source[at : ts.line_end(ctx.source, at)].strip() == b"" else ""
    opening = "\n" if at == len(ctx.source) and not ctx.source.endswith(b"\n") else ""
    edits.append(Edit(at, at, opening + "".join(separator + text for text in moved)))
    first = min(group, key=lambda m: m.start).statement
    return ctx.finding("route uses a NAT gateway made after it; moved after the gateway", first, edits)


def _past_blank_line(source: bytes, start: int, end: int) -> int:
    """Extend a removed range over the blank line after it when a blank line also precedes it."""
    previous = source[ts.line_start(source, max(start - 1, 0)) : start] if start > 0 else b""
    following_end = ts.line_end(source, end)
    following = source[end:following_end]
    if following.strip() == b"" and following and (start == 0 or previous.strip() == b""):
        return following_end
    return end


TRANSFORM = NatRouteDependency()
