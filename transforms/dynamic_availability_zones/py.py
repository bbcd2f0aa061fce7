"""dynamic-availability-zones-py (failure 8): build availability zone names from the region in scope (Python).

What it fixes
    The Python spelling of ``dynamic-availability-zones``: hard-coded zone names, in a list of
    zones (``["us-east-1a", "us-east-1b"]``) or as the value of an ``availability_zone`` keyword
    or ``"availability_zone"`` key. Each becomes an f-string on the region in scope,
    ``f"{region}a"``, found the way a person would look for it:

    * the nearest parameter or local (assigned before the zones) named ``aws_region`` or
      ``region`` in the enclosing functions;
    * else a ``self.aws_region`` / ``self.region`` attribute assigned in the class;
    * else the ``region`` given to the file's default ``AwsProvider`` (the one without an
      ``alias``) when it is such a name or attribute, usable where the zones are.

Why
    Zone names belong to one region. Code that spells ``us-east-1a`` fails to deploy in any other
    region, while the region itself is already a parameter of the stack.

Example
    def __init__(self, scope, name, region: str = "us-east-2"):
        ...
        azs = ["us-east-2a", "us-east-2b"]
    becomes
        azs = [f"{region}a", f"{region}b"]

What it leaves alone
    Strings that are not zone names (``use1-az1`` ids), lists mixing zones of several regions,
    tables keyed by region (``{"us-east-1": ["us-east-1a"]}``). With no region expression in
    scope, or a default provider whose region is a literal, the zones are reported.

Fix safety
    Safe: in the region the code deploys to, the same zones are described.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst

from codemods.catalog.packages import AWS_PYTHON
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.imports import Imports

REGION = re.compile(r"[a-z]{2}(?:-gov)?-[a-z]+-\d")
ZONE = re.compile(f"({REGION.pattern})([a-z])")
REGION_NAMES = ("aws_region", "region")
ZONE_KEY = "availability_zone"
PROVIDER = (AWS_PYTHON, "provider", "AwsProvider")


@dataclass(frozen=True)
class _Zones:
    """Zone literals rewritten together: the elements of one list, or one value."""

    node: cst.CSTNode
    literals: tuple[cst.SimpleString, ...]


class AvailabilityZonesPy(Transform):
    id = "dynamic-availability-zones-py"
    aliases = ("availability-zones-py",)
    name = "Dynamic availability zones (Python)"
    failure = 8
    summary = "Build availability zone names from the region in scope instead of hard-coding them (Python)."
    safety = Safety.SAFE
    languages = ("python",)

    def check(self, ctx):
        imports = ctx.imports
        finder = _RegionFinder(ctx.tree, imports)
        for zones in _hard_coded_zones(ctx.tree, imports.idx):
            names = ", ".join(z.evaluated_value for z in zones.literals)
            span = imports.idx.span(zones.node)
            region = finder.region_at(zones.node)
            if region is None:
                yield ctx.finding(f"availability zone names hard-coded ({names}) and no region expression in scope "
                                  "to build them from", span)
                continue
            edits = [Edit(*imports.idx.span(z), f"f{z.quote}{{{region}}}{z.evaluated_value[-1]}{z.quote}")
                     for z in zones.literals]
            yield ctx.finding(f"availability zone names hard-coded ({names}): build them from {region}", span, edits)


def _hard_coded_zones(module: cst.Module, idx: py.Index) -> Iterator[_Zones]:
    found: list[_Zones] = []

    class _Finder(cst.CSTVisitor):
        def visit_List(self, node: cst.List) -> None:
            zones = _zone_list(idx, node)
            if zones is not None:
                found.append(zones)

        def visit_Arg(self, node: cst.Arg) -> None:
            if node.keyword is not None and node.keyword.value == ZONE_KEY and _is_zone(node.value):
                found.append(_Zones(node.value, (node.value,)))

        def visit_DictElement(self, node: cst.DictElement) -> None:
            if py.string_value(node.key) == ZONE_KEY and _is_zone(node.value):
                found.append(_Zones(node.value, (node.value,)))

    module.visit(_Finder())
    return iter(found)


def _is_zone(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.SimpleString) and bool(ZONE.fullmatch(node.evaluated_value))


def _zone_list(idx: py.Index, node: cst.List) -> _Zones | None:
    """A list whose elements are all zone names of one region, unless it is a per-region table."""
    values = [e.value for e in node.elements]
    if not values or not all(_is_zone(v) for v in values) or len({v.evaluated_value[:-1] for v in values}) != 1:
        return None
    parent = idx.parent(node)
    if isinstance(parent, cst.DictElement) and REGION.fullmatch(py.string_value(parent.key) or ""):
        return None
    return _Zones(node, tuple(values))


class _RegionFinder:
    """The region expression usable at a node, as text (``aws_region``, ``self.region``)."""

    def __init__(self, module: cst.Module, imports: Imports) -> None:
        self.module = module
        self.imports = imports
        self.idx = imports.idx

    def region_at(self, node: cst.CSTNode) -> str | None:
        found = next(self._scope_names(node), None) or self._attribute(node)
        if found is not None:
            return found
        region = self._default_provider_region()
        path = (py.dotted(region) or ()) if region is not None else ()
        if len(path) == 2 and path[0] == "self" and self.idx.enclosing(node, cst.FunctionDef) is not None:
            return ".".join(path)
        if len(path) == 1 and path[0] in self._names_before(node):
            return path[0]
        return None

    def _scope_names(self, node: cst.CSTNode) -> Iterator[str]:
        names = self._names_before(node)
        for name in REGION_NAMES:
            if name in names:
                yield name

    def _names_before(self, node: cst.CSTNode) -> set[str]:
        """Parameters of the enclosing functions, and names assigned at the top of their bodies
        (and of the module) before ``node``."""
        names: set[str] = set()
        at = self.idx.start(node)
        scopes = [a for a in self.idx.ancestors(node) if isinstance(a, (cst.FunctionDef, cst.Module))]
        for scope in scopes:
            if isinstance(scope, cst.FunctionDef):
                names |= {p.name.value for p in _parameters(scope)}
                body = scope.body.body
            else:
                body = scope.body
            for statement in body:
                if self.idx.start(statement) < at:
                    names |= _assigned(statement, lambda path: len(path) == 1)
        return names

    def _attribute(self, node: cst.CSTNode) -> str | None:
        """``self.aws_region`` / ``self.region`` when the enclosing class assigns it."""
        cls = self.idx.enclosing(node, cst.ClassDef)
        if cls is None or self.idx.enclosing(node, cst.FunctionDef) is None:
            return None
        assigned: set[str] = set()
        for method in (s for s in cls.body.body if isinstance(s, cst.FunctionDef)):
            for statement in method.body.body:
                assigned |= _assigned(statement, lambda path: len(path) == 2 and path[0] == "self")
        return next((f"self.{n}" for n in REGION_NAMES if f"self.{n}" in assigned), None)

    def _default_provider_region(self) -> cst.BaseExpression | None:
        """The ``region`` value of the only AwsProvider without an ``alias``."""
        defaults = []
        for call in self.idx.calls:
            if self.imports.qualified(call.path) == PROVIDER and "alias" not in call.keywords:
                defaults.append(call.keywords.get("region"))
        return defaults[0].value if len(defaults) == 1 and defaults[0] is not None else None


def _parameters(function: cst.FunctionDef) -> list[cst.Param]:
    params = function.params
    return [*params.posonly_params, *params.params, *params.kwonly_params]


def _assigned(statement: cst.CSTNode, wanted) -> set[str]:
    """Dotted names a simple statement line assigns, those ``wanted`` accepts."""
    if not isinstance(statement, cst.SimpleStatementLine):
        return set()
    found = set()
    for small in statement.body:
        targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else (
            [small.target] if isinstance(small, (cst.AnnAssign, cst.AugAssign)) else [])
        for target in targets:
            path = py.dotted(target)
            if path is not None and wanted(path):
                found.add(".".join(path))
    return found


TRANSFORM = AvailabilityZonesPy()
