"""js-literals-py: JavaScript's ``true``, ``false``, ``null`` and ``undefined`` written in Python.

What it fixes
    A name ``true``, ``false``, ``null`` or ``undefined`` read as a value in a module that binds it
    nowhere (no assignment, parameter, import, definition or loop variable in any scope) becomes
    ``True``, ``False``, ``None`` or ``None``: ``enabled=true`` in a block, ``"force_destroy": false``
    in a dict, ``kms_key_id=null``.

Why
    Code written next to the TypeScript version of a stack picks up its literals. Python has no
    such names: the type checker reports ``"true" is not defined`` and the stack fails with a
    ``NameError`` before anything is synthesized.

Example
    S3BucketVersioningA(self, "versioning", bucket=bucket.id,
                        versioning_configuration={"status": "Enabled", "mfa_delete": false})
    becomes
    S3BucketVersioningA(self, "versioning", bucket=bucket.id,
                        versioning_configuration={"status": "Enabled", "mfa_delete": False})

What it leaves alone
    Modules that bind the name anywhere (``true = True``, ``def f(null): ...``,
    ``from x import true``), attributes (``json.null``) and keyword names (``f(true=1)``), strings and
    comments, and every other undefined name.

Fix safety
    Safe: the code could not run before; the literal is the one the name spells in JavaScript.
"""
from __future__ import annotations

import libcst as cst
from libcst.metadata import MetadataWrapper, ScopeProvider

from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py

LITERALS = {"true": "True", "false": "False", "null": "None", "undefined": "None"}


class JsLiteralsPy(Transform):
    id = "js-literals-py"
    name = "JavaScript literals (Python)"
    summary = "Write true, false, null and undefined, bound nowhere in the module, as True, False and None."
    safety = Safety.SAFE
    languages = ("python",)
    requires = tuple(name.encode() for name in LITERALS)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        used = [n for n in idx.names if n.value in LITERALS and _is_value(idx, n)]
        if not used:
            return
        bound = _bound_names(ctx.tree)
        for name in used:
            if name.value in bound:
                continue
            literal = LITERALS[name.value]
            yield ctx.finding(f"{name.value} is not a Python name: write {literal}", idx.span(name),
                              [py.replace(idx, name, literal)])


def _is_value(idx: py.Index, name: cst.Name) -> bool:
    """Whether ``name`` is read as a value: not an attribute, keyword, definition or import."""
    parent = idx.parent(name)
    if isinstance(parent, cst.Attribute) and parent.attr is name:
        return False
    if isinstance(parent, cst.Arg) and parent.keyword is name:
        return False
    if isinstance(parent, (cst.FunctionDef, cst.ClassDef, cst.Param, cst.ImportAlias, cst.AsName)) and parent.name is name:
        return False
    return idx.enclosing(name, cst.ImportFrom, cst.Import) is None


def _bound_names(module: cst.Module) -> set[str]:
    """The literal names some scope of the module assigns, imports or defines."""
    scopes = MetadataWrapper(module, unsafe_skip_copy=True).resolve(ScopeProvider)
    bound: set[str] = set()
    for scope in {s for s in scopes.values() if s is not None}:
        bound |= {a.name for a in scope.assignments if a.name in LITERALS}
    return bound


TRANSFORM = JsLiteralsPy()
