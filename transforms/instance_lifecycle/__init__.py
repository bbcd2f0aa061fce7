"""instance-lifecycle (failure 13): replace EC2 instances without downtime, on an encrypted gp3 root.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

WEAK_VOLUME_TYPES = frozenset({"standard", "gp2", "st1", "sc1"})
FIXED_PLACEMENT = ("privateIp", "networkInterface")
