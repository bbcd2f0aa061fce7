"""block-struct-classes-py: build a nested block with the struct class its keyword declares.

What it fixes
    A block given as a call of one provider struct where the keyword declares another:
    ``visibility_config=Wafv2WebAclVisibilityConfig(...)`` inside a ``Wafv2WebAclRule``, whose
    ``visibility_config`` is a ``Wafv2WebAclRuleVisibilityConfig``. The generated classes are named
    after the path of the block (resource, then every block on the way), so the same block at two
    depths has two classes. When every keyword of the call is a keyword of the declared struct,
    the call is made of the declared class (imported from its module when needed; a call
    written through a module, ``wafv2_web_acl.Wafv2WebAclVisibilityConfig``, keeps that module
    when the declared class lives there too). In a list of blocks each element is checked.

Why
    The classes are distinct types: the type checker rejects the call (``Argument of type
    "Wafv2WebAclVisibilityConfig" cannot be assigned to parameter "visibility_config" of type
    "Wafv2WebAclRuleVisibilityConfig"``) and jsii raises a ``TypeError`` when the stack is built.

Example
    Wafv2WebAclRule(name="rate", priority=1, action=..., statement=...,
                    visibility_config=Wafv2WebAclVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="rate", sampled_requests_enabled=True))
    becomes
    Wafv2WebAclRule(name="rate", priority=1, action=..., statement=...,
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="rate", sampled_requests_enabled=True))

What it leaves alone
    Calls whose keywords the declared struct does not all have (another block was meant: it
    is reported), calls with positional arguments or ``**kwargs``, calls of classes the
    catalog does not know (``untyped-blocks-py`` handles invented ones), names that differ from the
    declared struct only by jsii's ``A`` suffixes (``split-provider-imports-py`` renames those where
    they are imported), dicts, and values of
    keywords typed as anything but a struct. The import of the former class stays (other code
    may use it).

Fix safety
    Safe: the block's keywords and values are unchanged; only the class that carries them.
"""
from __future__ import annotations

import libcst as cst

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import (
    PACKAGE,
    block_values,
    checked_values,
    keyword_of,
    python_module,
    same_but_suffixes,
)


class BlockStructClassesPy(Transform):
    id = "block-struct-classes-py"
    name = "Block struct classes (Python)"
    summary = "Build a nested block with the struct class its keyword declares, not a namesake of another depth."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)
    requires = (b"cdktf_cdktf_provider_aws",)

    def check(self, ctx):
        imports = ctx.imports
        catalog = ctx.catalog
        for parent in checked_values(ctx.source, ctx.tree, catalog):
            for value, declared in block_values(parent):
                call = imports.idx.call_of(value) if isinstance(value, cst.Call) else None
                if call is None or call.positional or call.has_unpacking:
                    continue
                qualified = imports.qualified(call.path)
                if qualified is None or qualified[0] != PACKAGE or len(qualified) not in (2, 3):
                    continue
                written = qualified[-1]
                if written == declared or not catalog.has_interface(written) or not catalog.has_interface(declared):
                    continue
                if same_but_suffixes(written, declared):
                    continue  # the same name but for jsii's A suffixes: split-provider-imports-py renames the import
                keywords = {keyword_of(p, False) for p in catalog.interface(declared).properties}
                given = set(call.keywords)
                span = imports.idx.span(value.func)
                if not given <= keywords:
                    extra = ", ".join(sorted(given - keywords))
                    yield ctx.finding(f"{written} given where {declared} is declared, and {declared} has no "
                                      f"{extra}; left as it is", span)
                    continue
                yield ctx.finding(f"{written} given where {declared} is declared: build it with {declared}",
                                  span, _edits(ctx, imports, value, call, declared))


def _edits(ctx, imports, value: cst.Call, call: py.Call, declared: str):
    home = python_module(ctx.catalog, ctx.catalog.module_of_interface(declared))
    func = value.func
    if isinstance(func, cst.Attribute) and imports.qualified(py.dotted(func.value)) == tuple(home.split(".")):
        return [py.replace(imports.idx, func.attr, declared)]
    local, edits = imports.add(home, declared)
    return [*edits, py.replace(imports.idx, func, local)]


TRANSFORM = BlockStructClassesPy()
