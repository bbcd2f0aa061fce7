"""fn-names: call cdktf's ``Fn`` (and ``Token``, ``Lazy``) functions by their real names.

What it fixes
    A static method of ``Fn``, ``Token`` or ``Lazy`` (imported from ``cdktf``, also as
    ``cdktf.Fn``) spelled in another case or with underscores: ``Fn.jsonDecode``,
    ``Fn.base64_encode``, ``Fn.toSet``, ``Token.asstring`` become ``Fn.jsondecode``,
    ``Fn.base64encode``, ``Fn.toset``, ``Token.asString``: the one method of the pinned cdktf
    whose name is the same ignoring case and ``_`` (when several are, the one that differs only in
    case: ``Fn.Join`` is ``join``, not the generated ``_join``).

Why
    cdktf names the Terraform functions exactly as Terraform does (``jsondecode``,
    ``base64encode``), all lower case, while its own helpers are camelCase
    (``Fn.lookupNested``, ``Token.asString``). Another spelling does not compile (TS2551
    "Property 'jsonDecode' does not exist on type 'typeof Fn'. Did you mean 'jsondecode'?").

Example
    masterPassword: Fn.jsonDecode(secret.secretString).password,
    becomes
    masterPassword: Fn.jsondecode(secret.secretString).password,

What it leaves alone
    Names that exist; an ``Fn`` that is not cdktf's (a local class or variable, another package).
    A name with no single such match (``Fn.random_password``: Terraform has no such function) is
    reported and left as it is.

Fix safety
    Safe: the function the code meant is called; nothing else changes.
"""
from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from codemods.catalog.cdktf import load_cdktf
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts

MODULE = "cdktf"
CLASSES = ("Fn", "Token", "Lazy")
_NAMED_USE = ts.shared("(member_expression object: (identifier) @owner property: (property_identifier) @method)")
_NAMESPACED_USE = ts.shared("""(member_expression
  object: (member_expression object: (identifier) @namespace property: (property_identifier) @owner)
  property: (property_identifier) @method)""")


class FnNames(Transform):
    id = "fn-names"
    name = "Fn names"
    summary = "Spell Fn/Token/Lazy static methods as cdktf names them (Fn.jsonDecode -> Fn.jsondecode)."
    safety = Safety.SAFE

    def check(self, ctx):
        cdktf = load_cdktf()
        for cls, method in _static_uses(ctx):
            name = ts.text(method)
            known = cdktf.static_methods(cls)
            if name in known:
                continue
            matches = _closest(name, known)
            if len(matches) == 1:
                edits = [Edit(method.start_byte, method.end_byte, matches[0])]
                yield ctx.finding(f"{cls}.{name} is spelled {cls}.{matches[0]} in cdktf", method, edits)
            else:
                yield ctx.finding(f"{cls}.{name} is not a static method of cdktf {cdktf.version}; left as it is", method)


def _static_uses(ctx) -> Iterator[tuple[str, Node]]:
    """(class, method node) of each ``Fn.x`` / ``cdktf.Fn.x`` that refers to cdktf's class."""
    imports = ctx.imports
    named, namespaces = {}, set()
    for statement in imports.statements:
        if statement.module != MODULE or statement.type_only:
            continue
        named.update({b.local: b.name for b in statement.named if b.name in CLASSES})
        if statement.namespace is not None:
            namespaces.add(statement.namespace.local)
    root = ctx.tree.root_node
    for caps in ts.matches(ctx.language, _NAMED_USE, root):
        owner = caps["owner"][0]
        if ts.text(owner) in named and not ts.is_shadowed(owner, ctx.language):
            yield named[ts.text(owner)], caps["method"][0]
    for caps in ts.matches(ctx.language, _NAMESPACED_USE, root):
        namespace, owner = caps["namespace"][0], ts.text(caps["owner"][0])
        if ts.text(namespace) in namespaces and owner in CLASSES and not ts.is_shadowed(namespace, ctx.language):
            yield owner, caps["method"][0]


def _closest(name: str, known: tuple[str, ...]) -> list[str]:
    """The known names equal to ``name`` ignoring case and ``_``; the case-only ones if several."""
    same = [m for m in known if _normal(m) == _normal(name)]
    return [m for m in same if m.lower() == name.lower()] if len(same) > 1 else same


def _normal(name: str) -> str:
    return name.replace("_", "").lower()


TRANSFORM = FnNames()
