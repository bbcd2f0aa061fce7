"""managed-master-password (failure 7): let AWS manage database master passwords.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MANAGE_FLAG = re.compile(r"manage\w*Password")
SECRET_KEY = re.compile(r"\w+SecretKmsKeyId")


@dataclass(frozen=True)
class ManagedFields:
    """The property names of one class's managed-password setup, from the catalog."""

    flag: str
    password: str
    secret_key: str | None
    known: frozenset[str]


@functools.cache
def managed_fields(catalog, class_name: str) -> ManagedFields | None:
    """The flag, password and secret key id of a class with a managed-password flag."""
    config = catalog.config_of_class(class_name)
    if config is None:
        return None
    names = set(config.properties)
    flags = [n for n in names if MANAGE_FLAG.fullmatch(n)]
    passwords = [
        n for n, p in config.properties.items()
        if (n == "password" or n.endswith("Password")) and n not in flags and p.type == "string"
    ]
    secret_keys = [n for n in names if SECRET_KEY.fullmatch(n)]
    if len(flags) != 1 or len(passwords) != 1:
        return None
    return ManagedFields(flags[0], passwords[0], secret_keys[0] if len(secret_keys) == 1 else None,
                         frozenset(names))
