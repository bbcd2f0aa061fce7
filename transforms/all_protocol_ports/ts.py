"""all-protocol-ports (failure 6): the port range of an all-protocols (``-1``) security group rule.

What it fixes
    Each kind of rule wants the "all ports" of protocol ``-1`` (also ``"all"`` or the number
    ``-1``) spelled its own way:

    - A standalone ``SecurityGroupRule`` with ``fromPort: 0, toPort: 0`` gets ``toPort: 65535``,
      the whole range, as the catalog's ideal form writes it.
    - An inline ``ingress``/``egress`` block of ``SecurityGroup`` (or ``DefaultSecurityGroup``)
      with ``fromPort: 0, toPort: 65535`` gets ``toPort: 0`` back.
    - ``VpcSecurityGroupIngressRule``/``VpcSecurityGroupEgressRule`` with ``ipProtocol: "-1"``
      lose ``fromPort``/``toPort`` when these spell all ports (0-0, 0-65535, -1 - -1): their docs
      say the ports must not be set with ``-1``, so the 65535 form does not apply to them.

    A ``-1`` rule with specific ports (``fromPort: 443, toPort: 443``) is reported, not changed:
    the API opens every port for it, and only the author knows whether ``tcp`` was meant.

Why
    For ``aws_security_group_rule`` the API ignores the ports of a ``-1`` rule and the provider
    suppresses their differences, so 0-65535 states the range the rule really opens. On a
    deployed rule the change plans nothing: ``from_port`` and ``to_port`` are ForceNew, but their
    schema's DiffSuppressFunc drops any difference when the protocol is ``-1`` and the state holds
    0, so the rule is not replaced. Inline blocks
    are validated: ``from_port (0) and to_port (65535) must both be 0 to use the 'ALL' "-1"
    protocol!``. For the VPC rule resources the EC2 API answers ``You may not specify all
    protocols and specific ports``.

Example
    new SecurityGroupRule(this, "egress-all", {
      type: "egress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], ...
    });
    becomes
    new SecurityGroupRule(this, "egress-all", {
      type: "egress", protocol: "-1", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], ...
    });

What it leaves alone
    Inline ``-1`` blocks with both ports 0; rules of other protocols; ports or protocols given by
    expressions (variables, config fields); blocks that are not object literals in the ``new``
    call (an ``egress`` array built elsewhere).

Fix safety
    Opinionated for ``SecurityGroupRule`` (the catalog's form; the rule opens the same traffic).
    Safe for the inline blocks and the VPC rules: they repair a deploy error, and the same
    traffic is allowed.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from transforms.all_protocol_ports import (
    ALL_PORT_RANGES,
    FULL_RANGE,
    INLINE_BLOCKS,
    INLINE_GROUPS,
    PORTLESS_RULES,
    STANDALONE_RULES,
)


class AllProtocolPorts(Transform):
    id = "all-protocol-ports"
    name = "All-protocol ports"
    failure = 6
    summary = "Spell the ports of a protocol -1 security group rule the way each rule kind needs."
    safety = Safety.OPINIONATED
    requires = (b"-1", b"all", b"ALL", b"All")

    def check(self, ctx):
        names = STANDALONE_RULES | PORTLESS_RULES | INLINE_GROUPS
        for construction in objects.constructions(ctx.language, ctx.tree.root_node, names):
            config = construction.config
            if config is None:
                continue
            name = construction.class_name
            if name in STANDALONE_RULES:
                yield from _standalone_rule(ctx, name, config)
            elif name in PORTLESS_RULES:
                yield from _portless_rule(ctx, name, config)
            else:
                for block, label in _inline_blocks(config):
                    yield from _inline_block(ctx, f"{name} {label}", block)


def _standalone_rule(ctx, name: str, config: Node):
    rule = _Rule(config, "protocol")
    if not rule.all_protocols or rule.ports is None:
        return
    if rule.ports == (0, 0):
        yield ctx.finding(
            f"{name} with protocol {rule.protocol_text} covers every port: write the range as 0-{FULL_RANGE}",
            rule.to_port, [objects.replace_value(rule.to_port, str(FULL_RANGE))],
        )
    elif rule.ports not in ALL_PORT_RANGES:
        yield _specific_ports(ctx, name, rule)


def _portless_rule(ctx, name: str, config: Node):
    rule = _Rule(config, "ipProtocol")
    if not rule.all_protocols or rule.ports is None:
        return
    if rule.ports not in ALL_PORT_RANGES:
        yield _specific_ports(ctx, name, rule)
        return
    edits = objects.remove_property(ctx.source, config, rule.from_port)
    edits += objects.remove_property(ctx.source, config, rule.to_port)
    yield ctx.finding(
        f"{name} with ipProtocol {rule.protocol_text} takes no ports (the EC2 API rejects them): removed",
        rule.from_port, edits, safety=Safety.SAFE,
    )


def _inline_block(ctx, name: str, block: Node):
    rule = _Rule(block, "protocol")
    if not rule.all_protocols or rule.ports is None or rule.ports == (0, 0):
        return
    if rule.ports == (0, FULL_RANGE):
        yield ctx.finding(
            f"{name} with protocol {rule.protocol_text} needs both ports 0 (the provider rejects 0-{FULL_RANGE})",
            rule.to_port, [objects.replace_value(rule.to_port, "0")], safety=Safety.SAFE,
        )
    else:
        yield ctx.finding(
            f"{name} with protocol {rule.protocol_text} needs both ports 0; the provider rejects "
            f"{rule.ports[0]}-{rule.ports[1]} (set the ports to 0, or name the protocol)",
            rule.to_port,
        )


def _specific_ports(ctx, name: str, rule: "_Rule"):
    return ctx.finding(
        f"{name} with protocol {rule.protocol_text} opens every port; ports {rule.ports[0]}-{rule.ports[1]} "
        "are ignored (name the protocol, e.g. tcp, to open only them)",
        rule.to_port,
    )


class _Rule:
    """The protocol and port pairs of one rule object, and their values when they are literals."""

    def __init__(self, obj: Node, protocol_key: str) -> None:
        props = objects.properties(obj)
        protocol = ts.unwrap(objects.value_of(props.get(protocol_key)))
        self.protocol_text = ts.text(protocol)
        self.all_protocols = protocol is not None and _is_all_protocols(protocol)
        self.from_port = props.get("fromPort")
        self.to_port = props.get("toPort")
        low, high = _integer(objects.value_of(self.from_port)), _integer(objects.value_of(self.to_port))
        self.ports = (low, high) if low is not None and high is not None else None


def _is_all_protocols(node: Node) -> bool:
    value = ts.string_value(node)
    if value is not None:
        return value.strip().lower() in ("-1", "all")
    return _integer(node) == -1


def _integer(node: Node | None) -> int | None:
    """The value of an integer literal (``0``, ``65535``, ``-1``), else None."""
    node = ts.unwrap(node)
    if node is None:
        return None
    if node.type == "number":
        return int(ts.text(node)) if ts.text(node).isdigit() else None
    if node.type == "unary_expression" and ts.text(node.child_by_field_name("operator")) == "-":
        value = _integer(node.child_by_field_name("argument"))
        return -value if value is not None else None
    return None


def _inline_blocks(config: Node):
    """(object literal, "ingress"/"egress") for each inline rule block of a security group."""
    props = objects.properties(config)
    for label in INLINE_BLOCKS:
        array = ts.unwrap(objects.value_of(props.get(label)))
        if array is None or array.type != "array":
            continue
        for element in array.named_children:
            element = ts.unwrap(element)
            if element is not None and element.type == "object":
                yield element, label


TRANSFORM = AllProtocolPorts()
