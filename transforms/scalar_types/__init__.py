"""scalar-types: give a provider property a literal of the scalar type its schema declares.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

from codemods.typescript.schema import type_members

SCALARS = ("string", "number", "boolean")


def wanted_scalar(type_text: str) -> str | None:
    """The one scalar type a property of catalog type ``type_text`` accepts, when it accepts
    nothing else but tokens (``string``, ``number`` or ``boolean``)."""
    members = [m for m in type_members(type_text) if m != "cdktf.IResolvable"]
    return members[0] if len(members) == 1 and members[0] in SCALARS else None
