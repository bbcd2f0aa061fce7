"""untyped-blocks-py: write blocks the provider types as ``any`` as dicts, not as invented classes.

What it fixes
    A value the catalog types as ``any`` (the ``statement`` of a WAFv2 rule is the common one)
    given as a call of a class that ``cdktf_cdktf_provider_aws`` does not have, with keywords only:
    ``statement=Wafv2WebAclRuleStatement(rate_based_statement=...RateBasedStatement(limit=500))``.
    The call becomes a dict literal whose keys are its keywords, and so do the calls of such
    classes nested in it (in lists too). Then the imports of those classes, unused, go.

Why
    The provider generates no classes for blocks it cannot type, so these imports fail
    (``ImportError``). An ``any`` value is passed to Terraform as it is, so a dict with
    Terraform's attribute names (the snake_case keywords the model wrote) describes the same block.

Example
    Wafv2WebAclRule(name="limit", priority=1,
                    statement=Wafv2WebAclRuleStatement(
                        rate_based_statement=Wafv2WebAclRuleStatementRateBasedStatement(limit=500)),
                    ...)
    becomes
    Wafv2WebAclRule(name="limit", priority=1,
                    statement={
                        "rate_based_statement": {"limit": 500}},
                    ...)

What it leaves alone
    Calls of classes the provider has; calls with positional arguments or ``**kwargs``; values
    of typed properties; dicts already written as dicts.

Fix safety
    Safe: Terraform receives the same block.
"""
from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.imports import Imports
from codemods.python.provider import (
    PACKAGE,
    checked_values,
    resolve,
    unknown_and_unused,
)

UNTYPED = "any"


class UntypedBlocksPy(Transform):
    id = "untyped-blocks-py"
    name = "Untyped blocks (Python)"
    summary = "Write a value the provider types as any as a dict, not as a call of a class it does not have."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)

    def check(self, ctx):
        imports = ctx.imports
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            for key, entry in checked.entries.items():
                info = checked.properties.get(key)
                if info is None or info.type != UNTYPED:
                    continue
                for call in _invented_calls(ctx, imports, entry.value):
                    quote = py.quote_of(call.node)
                    yield ctx.finding(
                        f"{call.name} is not a class of {PACKAGE}: {checked.class_name}.{key} takes any value, "
                        "so write the block as a dict", imports.idx.span(call.node),
                        _as_dict(ctx, imports, call, quote))
        yield from _unused_imports(ctx, imports)


def _unused_imports(ctx, imports: Imports):
    """Remove the imports of names the package does not have that nothing uses any more."""
    for statement in imports.from_imports:
        if statement.star or not statement.module.startswith(PACKAGE + "."):
            continue
        for binding in statement.bindings:
            if unknown_and_unused(imports, ctx.catalog, statement.module[len(PACKAGE) + 1:], binding):
                yield ctx.finding(f"{binding.name} is not in {PACKAGE} and nothing uses it: remove the import",
                                  imports.idx.span(binding.node), imports.remove(binding.local))


def _invented_calls(ctx, imports: Imports, value: cst.BaseExpression) -> Iterator[py.Call]:
    """Calls of provider names the catalog does not know, with keywords only: the value itself,
    or the elements of a list."""
    values = [e.value for e in value.elements] if isinstance(value, (cst.List, cst.Tuple)) else [value]
    for node in values:
        call = imports.idx.call_of(node) if isinstance(node, cst.Call) else None
        if call is not None and _is_invented(ctx, imports, call):
            yield call


def _is_invented(ctx, imports: Imports, call: py.Call) -> bool:
    qualified = imports.qualified(call.path)
    if qualified is None or qualified[0] != PACKAGE or len(qualified) not in (2, 3):
        return False
    if call.positional or call.has_unpacking:
        return False
    module = qualified[1] if len(qualified) == 3 else None
    return resolve(ctx.catalog, module, qualified[-1]) is None


def _as_dict(ctx, imports: Imports, call: py.Call, quote: str) -> list[Edit]:
    """Edits turning ``Name(a=1, b=Other(c=2))`` into ``{"a": 1, "b": {"c": 2}}`` in place."""
    idx, source = imports.idx, ctx.source
    start, end = idx.span(call.node)
    opening = source.index(b"(", idx.end(call.node.func), end)
    edits = [Edit(start, opening + 1, "{"), Edit(end - 1, end, "}")]
    for arg in call.node.args:
        edits.append(Edit(idx.start(arg.keyword), idx.start(arg.value), f"{quote}{arg.keyword.value}{quote}: "))
        for inner in _invented_calls(ctx, imports, arg.value):
            edits += _as_dict(ctx, imports, inner, quote)
    return edits


TRANSFORM = UntypedBlocksPy()
