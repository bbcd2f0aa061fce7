"""implicit-optional-py: a parameter that defaults to ``None`` gets an annotation that allows it.

What it fixes
    ``tags: Dict[str, str] = None`` (or ``config: StackConfig = None``, ``name: str = None``) in a
    function or method signature becomes ``tags: Optional[Dict[str, str]] = None``; ``Optional`` is
    imported from ``typing`` when the module does not have it (an existing ``typing`` import or
    alias is used).

Why
    PEP 484 dropped implicit ``Optional``: a default of ``None`` does not widen the annotation, and
    pyright and basedpyright reject the signature (``Expression of type "None" cannot be assigned
    to parameter of type "Dict[str, str]"``). Models write stacks' optional settings this way
    all the time; the code runs, but a type-checked project does not pass.

Example
    def __init__(self, scope: Construct, id: str, tags: Dict[str, str] = None):
    becomes
    def __init__(self, scope: Construct, id: str, tags: Optional[Dict[str, str]] = None):

What it leaves alone
    Annotations that already allow ``None`` (``Optional[...]``, ``Union[..., None]``, ``X | None``,
    ``None``, ``Any``, ``object``), string annotations, parameters without an annotation or with
    another default, and modules that bind the name ``Optional`` to something other than
    ``typing.Optional``.

Fix safety
    Safe: annotations do not change what runs; the signature says what the default already did.
"""
from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py

TYPING = "typing"
_ALLOWS_NONE = frozenset({"Optional", "Any", "object", "None"})


class ImplicitOptionalPy(Transform):
    id = "implicit-optional-py"
    name = "Implicit Optional (Python)"
    summary = "Wrap the annotation of a parameter that defaults to None in Optional[...]."
    safety = Safety.SAFE
    languages = ("python",)
    requires = (b"= None", b"=None")

    def check(self, ctx):
        imports = ctx.imports
        idx = imports.idx
        local = _optional_name(imports)
        if local is None:
            return
        params = [p for p in m.findall(ctx.tree, m.Param()) if _needs_optional(p, local.split(".")[-1])]
        for param in params:
            annotation = param.annotation.annotation
            written = idx.text(ctx.source, annotation)
            edits = [Edit(idx.start(annotation), idx.start(annotation), f"{local}["),
                     Edit(idx.end(annotation), idx.end(annotation), "]")]
            if local == "Optional" and imports.local_name(TYPING, "Optional") is None:
                _, import_edits = imports.add(TYPING, "Optional")
                edits = import_edits + edits
            yield ctx.finding(f"{param.name.value} defaults to None but is annotated {written}: "
                              f"annotate it {local}[{written}]", idx.span(param), edits)



def _needs_optional(param: cst.Param, optional: str) -> bool:
    if param.annotation is None or not (isinstance(param.default, cst.Name) and param.default.value == "None"):
        return False
    return not _allows_none(param.annotation.annotation, optional)


def _allows_none(node: cst.BaseExpression, optional: str = "Optional") -> bool:
    """Whether the annotation already admits None (or cannot be read: a string annotation)."""
    if isinstance(node, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
        return True
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return _allows_none(node.left, optional) or _allows_none(node.right, optional)
    path = py.dotted(node.value if isinstance(node, cst.Subscript) else node)
    if path is None:
        return True  # something unusual: leave it
    if path[-1] in _ALLOWS_NONE or path[-1] == optional:
        return True
    if path[-1] == "Union" and isinstance(node, cst.Subscript):
        return any(isinstance(e.slice, cst.Index) and _allows_none(e.slice.value, optional) for e in node.slice)
    return False


def _optional_name(imports) -> str | None:
    """How the module spells ``typing.Optional``: its own import, ``typing.Optional`` through an
    ``import typing``, or ``Optional`` (to be imported) when the name is free; None when the
    module uses ``Optional`` for something else."""
    local = imports.local_name(TYPING, "Optional")
    if local is not None:
        return local
    for statement in imports.module_imports:
        if statement.bound_module == TYPING and statement.top_level:
            return f"{statement.local}.Optional"
    return None if "Optional" in imports.used_names else "Optional"


TRANSFORM = ImplicitOptionalPy()
