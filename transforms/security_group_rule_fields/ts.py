"""security-group-rule-fields: complete rule objects that a construct hands on to a security group rule.

What it fixes
    Security group rules passed to a construct of the project whose props type them with the
    provider's rule config (``ingressRules: SecurityGroupRuleConfig[]``), written without the
    fields that tie a rule to its group: ``securityGroupId`` and ``type``
    (``VpcSecurityGroupIngressRuleConfig`` and its egress twin: ``securityGroupId``). They get
    ``securityGroupId: ""`` and ``type: "ingress"`` or ``"egress"`` as the props property's name
    says (``""`` when it says neither).

Why
    The construct sets these fields itself when it creates the rules
    (``new SecurityGroupRule(this, id, { ...rule, type: "ingress", securityGroupId: sg.id })``),
    so the model leaves them out of each rule; but the props type still requires them, and the
    code does not compile (TS2739 "missing the following properties from type
    'SecurityGroupRuleConfig': securityGroupId, type").

Example
    new WebFirewall(this, "web", { vpcId: vpc.id, ingressRules: [{ fromPort: 443, toPort: 443, protocol: "tcp" }] });
    becomes
    new WebFirewall(this, "web", { vpcId: vpc.id, ingressRules: [{ fromPort: 443, toPort: 443, protocol: "tcp", type: "ingress", securityGroupId: "" }] });

What it leaves alone
    Rules given straight to ``new SecurityGroupRule(...)`` or inline ``ingress`` blocks of a
    security group (there a missing group is a real mistake); rules with a spread
    (``{ ...base, fromPort: 22 }``); rules missing other required fields (ports, protocol:
    reported, they carry meaning); props the construct types with its own interface.

Fix safety
    Safe: the construct overrides both fields when it creates the rule; the empty values never
    reach Terraform.
"""
from __future__ import annotations

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.schema import CheckedObject, schema_of

#: The fields that tie a rule to its group and direction, which a construct fills in itself.
GROUP_FIELDS = ("type", "securityGroupId")
RULE_INTERFACES = frozenset({"SecurityGroupRuleConfig", "VpcSecurityGroupIngressRuleConfig",
                             "VpcSecurityGroupEgressRuleConfig"})


class SecurityGroupRuleFields(Transform):
    id = "security-group-rule-fields"
    name = "Security group rule fields"
    summary = "Complete security group rules passed through construct props with the group fields the construct sets."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        schema = schema_of(ctx)
        for checked in schema.objects:
            if checked.origin != "props" or checked.interface.name not in RULE_INTERFACES:
                continue
            members = objects.members(checked.node)
            if any(m.type == "spread_element" for m in members):
                continue
            missing = [p.name for p in checked.interface.properties.values()
                       if not p.optional and p.name not in objects.properties(checked.node)]
            if not missing:
                continue
            where = f"a rule of {checked.holder} lacks {', '.join(missing)} of {checked.interface.name}"
            if any(name not in GROUP_FIELDS for name in missing):
                yield ctx.finding(f"{where}; left as it is", checked.node)
                continue
            quote = schema.quote_near(checked.node)
            values = [f"{name}: {quote}{group_value(name, checked)}{quote}" for name in GROUP_FIELDS if name in missing]
            edits = objects.insert_property(ctx.source, checked.node, entries_text(ctx.source, checked, values))
            yield ctx.finding(f"{where}: the construct sets them; add {', '.join(values)}", checked.node, edits)


def group_value(name: str, checked: CheckedObject) -> str:
    """``ingress`` or ``egress`` for ``type`` as the holding property says, else empty."""
    holder = (checked.holder or "").lower()
    if name == "type":
        return next((d for d in ("ingress", "egress") if d in holder and holder.count("gress") == 1), "")
    return ""


def entries_text(source: bytes, checked: CheckedObject, entries: list[str]) -> str:
    """Several entries as one insertion: one a line in a multi-line literal, else on one line."""
    members = objects.members(checked.node)
    if not members or b"\n" not in source[checked.node.start_byte : checked.node.end_byte]:
        return ", ".join(entries)
    indent = ts.indentation_at(source, members[-1].start_byte)
    return f",\n{indent}".join(entries)


TRANSFORM = SecurityGroupRuleFields()
