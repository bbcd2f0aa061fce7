"""compiler-spelling: a misspelled name becomes the cdktf or provider name the compiler proposes

What it fixes
    The compiler's spelling fixes (TS2551 "Property 'x' does not exist on type 'Y'. Did you mean
    'z'?", TS2552 "Cannot find name 'x'. Did you mean 'y'?", TS2724 "has no exported member named
    'x'. Did you mean 'y'?", TS2503/TS2694 namespaces) and the compiler's suggestion for an object
    literal's unknown property (TS2561 "... Did you mean to write 'z'?"), when the name the fix
    writes is declared by cdktf, constructs or a @cdktf/provider-* package.

Why
    Models misspell provider names by a letter (`enableDnsHostname`, `S3BucketVersioning` for
    `S3BucketVersioningA`, `cidrBlok`). Code that does not compile deploys nothing, and the
    compiler knows the one declared name within reach.

Example
    new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostname: true });
    becomes
    new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true });

What it leaves alone
    A suggestion declared in the project itself or in any other package (a local variable, a
    Node.js API); a suggestion that is more than a typo away (the names must be equal but for
    case and underscores, or one edit apart, or two apart for names of ten characters or more:
    `bucketArn` is not turned into `bucket`); a provider member or property the shipped catalog
    does not list for that class or interface; an export the catalog does not list for that
    module; a fix that would rewrite more than the misspelled name.

Fix safety
    Safe: the code did not compile, so no infrastructure was described; the name written is the
    one the provider's typings declare there.
"""
from __future__ import annotations

import re

from codemods.catalog import load_catalog
from codemods.compiler.consult import CodeFix
from codemods.compiler.unit import PROVIDER_PREFIX, CompilerUnit, trusted
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Context

_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_PROVIDER_MODULE = re.compile(r"(@cdktf/provider-[\w-]+)/lib/([\w-]+)")


def distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


def is_typo(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with a typo repaired, not another word."""
    if old.replace("_", "").lower() == new.replace("_", "").lower():
        return True
    apart = distance(old, new)
    return apart <= 1 or (apart == 2 and min(len(old), len(new)) >= 10)


def _catalog_of(package: str):
    try:
        return load_catalog(package)
    except KeyError:
        return None


def _catalog_names(container: str) -> set[str] | None:
    """The members the catalog lists for a provider class or interface named ``container``
    (``"VpcConfig | undefined"`` reads as ``VpcConfig``), None when it does not know it."""
    names = [n.strip() for n in container.split("|") if n.strip() not in ("undefined", "null")]
    if len(names) != 1 or not _IDENTIFIER.fullmatch(names[0]):
        return None
    catalog = load_catalog()
    info = catalog.class_info(names[0])
    if info is not None and info.kind != "other":
        return set(info.attributes)
    interface = catalog.interface(names[0])
    return set(interface.properties) if interface is not None else None


class CompilerSpelling(CompilerUnit):
    id = "compiler-spelling"
    name = "Compiler spelling fix"
    summary = "A misspelled name becomes the cdktf/provider name the compiler proposes (TS2551, TS2552, TS2561, TS2724)."
    safety = Safety.SAFE
    codes = (2551, 2552, 2561, 2724, 2503, 2694)

    def accept(self, ctx: Context, fix: CodeFix):
        target = fix.target
        if fix.fix_name not in ("spelling", "objectLiteralProperty") or not target or len(fix.changes) != 1:
            return None
        change = fix.changes[0]
        if (change.start, change.end) != (fix.start, fix.end):
            return None  # the fix rewrites more than the misspelled name
        old = ctx.source[fix.start:fix.end].decode("utf-8")
        quote = old[:1] if old[:1] in "'\"" else ""
        old, new = old.strip("'\"") if quote else old, change.text.strip("'\"") if quote else change.text
        if not (_IDENTIFIER.fullmatch(old) and _IDENTIFIER.fullmatch(new)) or not is_typo(old, new):
            return None
        packages = target.get("packages") or []
        if not packages or not all(trusted(p) for p in packages):
            return None
        where = self._where(target, new, packages)
        if where is None:
            return None
        return f"spelling fix '{old}' -> '{new}' ({where})", [Edit(fix.start, fix.end, quote + new + quote)]

    @staticmethod
    def _where(target: dict, new: str, packages: list[str]) -> str | None:
        """Where the catalog (or, for cdktf's own names, the typings) declares ``new``; None when the
        catalog contradicts the compiler."""
        kind, package = target.get("kind"), ", ".join(packages)
        if kind == "export":
            found = _PROVIDER_MODULE.fullmatch(target.get("module") or "")
            if found:
                catalog = _catalog_of(found[1])
                if catalog is None or new not in catalog.classes_of_module(found[2]) + catalog.interfaces_of_module(found[2]):
                    return None
            return f"exported by {target.get('module')}"
        if kind in ("member", "property"):
            container = target.get("container") or ""
            if any(p.startswith(PROVIDER_PREFIX) for p in packages):
                listed = _catalog_names(container)
                if listed is not None and new not in listed:
                    return None
            noun = "property" if kind == "property" else "member"
            return f"a {noun} of {container.removesuffix(' | undefined')} in {package}"
        if kind == "name":
            return f"declared in {package}"
        return None
