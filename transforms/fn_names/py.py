"""fn-names-py: call cdktf's ``Fn`` (and ``Token``, ``Lazy``) functions by their Python names.

What it fixes
    The Python spelling of ``fn-names``: a static method of ``Fn``, ``Token`` or ``Lazy`` (imported
    from ``cdktf``, also as ``cdktf.Fn``) written in another case or with the TypeScript spelling:
    ``Token.asString``, ``Fn.jsonDecode``, ``Fn.lookupNested``, ``Fn.base64_encode`` become
    ``Token.as_string``, ``Fn.jsondecode``, ``Fn.lookup_nested``, ``Fn.base64encode``: the one
    method of the pinned cdktf whose name is the same ignoring case and ``_``. The Python names are
    jsii's snake_case of the names in cdktf's typings (shipped as data).

Why
    Code written next to the TypeScript version of a stack keeps its camelCase helpers, and
    models mix Terraform's function names with made-up word breaks. Python raises
    ``AttributeError: type object 'Token' has no attribute 'asString'`` when the stack is built,
    and the type checker reports it first.

Example
    bucket=Token.asString(Fn.lookupNested(config, ["bucket"])),
    becomes
    bucket=Token.as_string(Fn.lookup_nested(config, ["bucket"])),

What it leaves alone
    Names that exist; an ``Fn`` that is not cdktf's (a local class, another import); a name with
    no single match (``Fn.random_password``: Terraform has no such function) is reported.

Fix safety
    Safe: the function the code meant is called; nothing else changes.
"""
from __future__ import annotations

import functools
import keyword

import libcst.matchers as m

from codemods.catalog.cdktf import load_cdktf
from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import snake_case

MODULE = "cdktf"
CLASSES = ("Fn", "Token", "Lazy")


class FnNamesPy(Transform):
    id = "fn-names-py"
    name = "Fn names (Python)"
    summary = "Spell Fn/Token/Lazy static methods as cdktf's Python binding names them (Token.asString -> Token.as_string)."
    safety = Safety.SAFE
    languages = ("python",)
    requires = tuple(name.encode() + b"." for name in CLASSES)

    def check(self, ctx):
        imports = ctx.imports
        idx = imports.idx
        for node in m.findall(ctx.tree, m.Attribute()):
            path = py.dotted(node.value)
            qualified = imports.qualified(path) if path is not None else None
            if qualified is None or len(qualified) != 2 or qualified[0] != MODULE or qualified[1] not in CLASSES:
                continue
            cls, name = qualified[1], node.attr.value
            known = python_methods(cls)
            if name in known:
                continue
            matches = sorted({k for k in known if _normal(k) == _normal(name)})
            if len(matches) == 1:
                yield ctx.finding(f"{cls}.{name} is spelled {cls}.{matches[0]} in cdktf's Python binding",
                                  idx.span(node.attr), [py.replace(idx, node.attr, matches[0])])
            else:
                yield ctx.finding(f"{cls}.{name} is not a static method of cdktf {load_cdktf().version}; "
                                  "left as it is", idx.span(node.attr))


@functools.cache
def python_methods(cls: str) -> frozenset[str]:
    """The static methods of cdktf's ``cls`` as the Python binding names them (jsii's snake_case,
    and a trailing ``_`` on a Python keyword: ``Fn.try_``)."""
    names = (snake_case(n).lstrip("_") or n for n in load_cdktf().static_methods(cls))
    return frozenset(f"{n}_" if keyword.iskeyword(n) else n for n in names)


def _normal(name: str) -> str:
    return name.replace("_", "").lower()



TRANSFORM = FnNamesPy()
