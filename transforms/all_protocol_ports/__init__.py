"""all-protocol-ports (failure 6): the port range of an all-protocols (``-1``) security group rule.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

FULL_RANGE = 65535
STANDALONE_RULES = frozenset({"SecurityGroupRule"})
PORTLESS_RULES = frozenset({"VpcSecurityGroupIngressRule", "VpcSecurityGroupEgressRule"})
INLINE_GROUPS = frozenset({"SecurityGroup", "DefaultSecurityGroup"})
INLINE_BLOCKS = ("ingress", "egress")
ALL_PORT_RANGES = frozenset({(0, 0), (0, FULL_RANGE), (-1, -1)})
