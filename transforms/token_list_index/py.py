"""token-list-index-py: read one block of a provider's computed list of blocks with ``.get(i)``.

What it fixes
    A computed attribute that is a list of blocks (the generated class is a ``...List``), indexed
    like a Python list: ``cluster.identity[0].oidc[0].issuer`` and
    ``cluster.certificate_authority[0].data``, where ``cluster`` is assigned an ``EksCluster(...)``
    call, become ``cluster.identity.get(0).oidc.get(0).issuer`` and
    ``cluster.certificate_authority.get(0).data``. An attribute is such a list when the
    resource's module in the provider catalog exports the class the generator names after it:
    the resource class, then each attribute on the way in PascalCase, then ``List``
    (``EksClusterIdentityList``, ``EksClusterIdentityOidcList``).

Why
    Before synth these lists are tokens wrapped in a generated class that has ``get(index)`` and
    no ``__getitem__``: the type checker rejects ``[0]`` (``"__getitem__" method not defined on
    type "EksClusterIdentityList"``) and Python raises ``TypeError: ... object is not
    subscriptable`` when the stack is built.

Example
    cluster = EksCluster(self, "cluster", name="main", role_arn=role.arn, vpc_config={...})
    issuer = cluster.identity[0].oidc[0].issuer
    becomes
    issuer = cluster.identity.get(0).oidc.get(0).issuer

What it leaves alone
    Receivers whose class the module does not tell (a parameter, an object made in another file,
    a name bound to calls of different classes), attributes the catalog has no list class for
    (lists of strings such as ``names`` or ``ids``, which need ``Fn.element``), slices, and
    ``.get(i)`` already written.

Fix safety
    Safe: the same block is read; ``[i]`` never worked on these objects.
"""
from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import checked_calls


class TokenListIndexPy(Transform):
    id = "token-list-index-py"
    name = "Token list index (Python)"
    summary = "Index a provider's computed list of blocks with .get(i) instead of [i]."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)
    requires = (b"cdktf_cdktf_provider_aws",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        receivers = _receivers(ctx, idx)
        if not receivers:
            return
        lists = _Lists(ctx.catalog, receivers)
        for node in m.findall(ctx.tree, m.Subscript()):
            if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
                continue
            list_class = lists.list_class(node.value)
            if list_class is None:
                continue
            index = idx.text(ctx.source, node.slice[0].slice.value)
            start, end = idx.end(node.value), idx.end(node)
            yield ctx.finding(f"{idx.text(ctx.source, node.value)} is a list of blocks ({list_class}): read block {index} with .get({index})",
                              idx.span(node), [Edit(start, end, f".get({index})")])


def _pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def _receivers(ctx, idx: py.Index) -> dict[tuple[str, ...], tuple[str, str]]:
    """Names (``cluster``, ``self.cluster``) bound to a call of one provider class: (module, class).
    A name bound to calls of two classes is left out."""
    calls = {id(c.node): c for c in checked_calls(ctx.source, ctx.tree, ctx.catalog) if c.construct}
    found: dict[tuple[str, ...], tuple[str, str] | None] = {}
    for assign in m.findall(ctx.tree, m.Assign()):
        checked = calls.get(id(assign.value))
        if checked is None:
            continue
        for target in assign.targets:
            path = py.dotted(target.target)
            if path is not None:
                bound = (checked.module, checked.class_name)
                found[path] = bound if found.get(path, bound) == bound else None
    return {path: bound for path, bound in found.items() if bound is not None}


class _Lists:
    """What an expression of the code is: a provider resource, a list of blocks, or one block."""

    def __init__(self, catalog, receivers) -> None:
        self.catalog = catalog
        self.receivers = receivers

    def list_class(self, node: cst.BaseExpression) -> str | None:
        kind = self._kind(node)
        return kind[1] if kind is not None and kind[0] == "list" else None

    def _kind(self, node: cst.BaseExpression) -> tuple[str, str, str] | None:
        """("resource" | "block" | "list", class-name stem, module) of ``node``, or None."""
        path = py.dotted(node)
        if path is not None and path in self.receivers:
            module, name = self.receivers[path]
            return ("resource", name, module)
        if isinstance(node, cst.Attribute):
            outer = self._kind(node.value)
            if outer is None or outer[0] == "list":
                return None
            candidate = f"{outer[1]}{_pascal(node.attr.value)}List"
            if candidate in self.catalog.classes_of_module(outer[2]):
                return ("list", candidate, outer[2])
            return None
        if isinstance(node, cst.Subscript) or (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
                                                and node.func.attr.value == "get"):
            inner = self._kind(node.value if isinstance(node, cst.Subscript) else node.func.value)
            if inner is not None and inner[0] == "list":
                return ("block", inner[1][: -len("List")], inner[2])
        return None




TRANSFORM = TokenListIndexPy()
