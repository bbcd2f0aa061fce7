"""all-protocol-ports-py (failure 6): the port range of an all-protocols (``-1``) security group rule (Python).

What it fixes
    The Python spelling of ``all-protocol-ports``; each kind of rule wants the "all ports" of
    protocol ``-1`` (also ``"all"`` or the number ``-1``) its own way:

    - a standalone ``SecurityGroupRule`` with ``from_port=0, to_port=0`` gets ``to_port=65535``,
      the whole range, as the catalog's ideal form writes it;
    - an inline ``ingress``/``egress`` block of ``SecurityGroup`` (or ``DefaultSecurityGroup``),
      a ``SecurityGroupIngress(...)``/``SecurityGroupEgress(...)`` call or a dict, with
      ``from_port=0, to_port=65535`` gets ``to_port=0`` back;
    - ``VpcSecurityGroupIngressRule``/``VpcSecurityGroupEgressRule`` with ``ip_protocol="-1"``
      lose ``from_port``/``to_port`` when these spell all ports (0-0, 0-65535, -1 - -1).

    A ``-1`` rule with specific ports (``from_port=443, to_port=443``) is reported, not changed.

Why
    For ``aws_security_group_rule`` the API ignores the ports of a ``-1`` rule, so 0-65535 states
    the range the rule really opens; a deployed rule is not replaced (the provider suppresses the
    port difference of a ``-1`` rule whose state holds 0, though the ports are ForceNew). Inline blocks are validated: ``from_port (0) and to_port
    (65535) must both be 0 to use the 'ALL' "-1" protocol!``. The VPC rule resources answer
    ``You may not specify all protocols and specific ports``.

Example
    SecurityGroupRule(self, "egress-all", type="egress", protocol="-1",
                      from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"], ...)
    becomes
    SecurityGroupRule(self, "egress-all", type="egress", protocol="-1",
                      from_port=0, to_port=65535, cidr_blocks=["0.0.0.0/0"], ...)

What it leaves alone
    Inline ``-1`` blocks with both ports 0; rules of other protocols; ports or protocols given by
    expressions (variables, config fields); blocks built outside the call.

Fix safety
    Opinionated for ``SecurityGroupRule`` (the catalog's form; the rule opens the same traffic).
    Safe for the inline blocks and the VPC rules: they repair a deploy error.
"""
from __future__ import annotations

import functools

import libcst as cst

from codemods.catalog import element_interface
from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import Checked, checked_values
from transforms.all_protocol_ports import (
    ALL_PORT_RANGES,
    FULL_RANGE,
    INLINE_BLOCKS,
    INLINE_GROUPS,
    PORTLESS_RULES,
    STANDALONE_RULES,
)


class AllProtocolPortsPy(Transform):
    id = "all-protocol-ports-py"
    name = "All-protocol ports (Python)"
    failure = 6
    summary = "Spell the ports of a protocol -1 security group rule the way each rule kind needs (Python)."
    safety = Safety.OPINIONATED
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        inline = _inline_structs(ctx.catalog)
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            if checked.class_name in STANDALONE_RULES and checked.construct:
                yield from _standalone_rule(ctx, idx, checked)
            elif checked.class_name in PORTLESS_RULES and checked.construct:
                yield from _portless_rule(ctx, idx, checked)
            elif checked.class_name in inline:
                yield from _inline_block(ctx, idx, checked)


@functools.cache
def _inline_structs(catalog) -> frozenset[str]:
    """The structs of the inline rule blocks (``SecurityGroupIngress``, ``SecurityGroupEgress``, ...)."""
    found = set()
    for group in INLINE_GROUPS:
        properties = catalog.config_of_class(group).properties
        found |= {element_interface(properties[block].type) for block in INLINE_BLOCKS}
    return frozenset(found)


class _Rule:
    """The protocol and the two port entries of one rule, with the ports' values when literal."""

    def __init__(self, checked: Checked, protocol_key: str) -> None:
        entries = checked.entries
        protocol = entries.get(protocol_key)
        self.protocol_text = _text(protocol.value) if protocol is not None else None
        self.all_protocols = protocol is not None and _is_all_protocols(protocol.value)
        self.from_port = entries.get("from_port")
        self.to_port = entries.get("to_port")
        low = py.integer_value(self.from_port.value) if self.from_port is not None else None
        high = py.integer_value(self.to_port.value) if self.to_port is not None else None
        self.ports = (low, high) if low is not None and high is not None else None


def _standalone_rule(ctx, idx: py.Index, checked: Checked):
    rule = _Rule(checked, "protocol")
    if not rule.all_protocols or rule.ports is None:
        return
    name = checked.class_name
    if rule.ports == (0, 0):
        yield ctx.finding(
            f"{name} with protocol {rule.protocol_text} covers every port: write the range as 0-{FULL_RANGE}",
            idx.span(rule.to_port.element), [py.replace(idx, rule.to_port.value, str(FULL_RANGE))])
    elif rule.ports not in ALL_PORT_RANGES:
        yield _specific_ports(ctx, idx, name, rule)


def _portless_rule(ctx, idx: py.Index, checked: Checked):
    rule = _Rule(checked, "ip_protocol")
    if not rule.all_protocols or rule.ports is None:
        return
    name = checked.class_name
    if rule.ports not in ALL_PORT_RANGES:
        yield _specific_ports(ctx, idx, name, rule)
        return
    edits = py.remove_elements(ctx.source, idx, checked.node, [rule.from_port.element, rule.to_port.element])
    yield ctx.finding(
        f"{name} with ip_protocol {rule.protocol_text} takes no ports (the EC2 API rejects them): removed",
        idx.span(rule.from_port.element), edits, safety=Safety.SAFE)


def _inline_block(ctx, idx: py.Index, checked: Checked):
    rule = _Rule(checked, "protocol")
    if not rule.all_protocols or rule.ports is None or rule.ports == (0, 0):
        return
    name = checked.class_name
    if rule.ports == (0, FULL_RANGE):
        yield ctx.finding(
            f"{name} with protocol {rule.protocol_text} needs both ports 0 (the provider rejects 0-{FULL_RANGE})",
            idx.span(rule.to_port.element), [py.replace(idx, rule.to_port.value, "0")], safety=Safety.SAFE)
    else:
        yield ctx.finding(
            f"{name} with protocol {rule.protocol_text} needs both ports 0; the provider rejects "
            f"{rule.ports[0]}-{rule.ports[1]} (set the ports to 0, or name the protocol)",
            idx.span(rule.to_port.element))


def _specific_ports(ctx, idx: py.Index, name: str, rule: _Rule):
    return ctx.finding(
        f"{name} with protocol {rule.protocol_text} opens every port; ports {rule.ports[0]}-{rule.ports[1]} "
        "are ignored (name the protocol, e.g. tcp, to open only them)", idx.span(rule.to_port.element))


def _is_all_protocols(value: cst.BaseExpression) -> bool:
    text = py.string_value(value)
    if text is not None:
        return text.strip().lower() in ("-1", "all")
    return py.integer_value(value) == -1


def _text(value: cst.BaseExpression) -> str:
    text = py.string_value(value)
    return f'"{text}"' if text is not None else str(py.integer_value(value))


TRANSFORM = AllProtocolPortsPy()
