"""split-provider-imports-py (failure 1): import each provider class from the Python module that has it.

What it fixes
    Imports from ``cdktf_cdktf_provider_aws`` that fail or bind the wrong thing:

    - class names that only exist with an ``A`` suffix, or with ``A`` in the middle of a struct
      name (``S3BucketVersioning`` -> ``S3BucketVersioningA``,
      ``...ConfigurationRuleApplyServerSideEncryptionByDefault`` -> ``...ByDefaultA``), and struct
      names off by a plural ``s``;
    - a struct given for a keyword whose type is another struct of the same name but for ``A``
      suffixes (the ``s3_bucket`` rule structs in ``S3BucketServerSideEncryptionConfigurationA``),
      or that extends the expected struct's name with a made-up word
      (``stickiness=LbTargetGroupStickinessConfig(...)`` -> ``LbTargetGroupStickiness``);
    - classes imported from a module that does not hold them (``from ...route_table import Route``),
      including a struct of the same name called as a construct
      (``S3BucketServerSideEncryptionConfiguration(self, "enc", ...)`` imported from ``s3_bucket``);
    - imports from the package root, of classes (``from cdktf_cdktf_provider_aws import Vpc``,
      which fails) and of modules used as namespaces (``from cdktf_cdktf_provider_aws import vpc``
      then ``vpc.Vpc(...)``), and ``import cdktf_cdktf_provider_aws as aws`` with ``aws.vpc.Vpc``:
      each class used gets its own ``from cdktf_cdktf_provider_aws.<module> import <Class>``;
    - imports from ``imports.aws`` (or ``imports.aws.<module>``), where ``cdktf get`` writes
      locally generated bindings, in code that has none (no ``imports/aws`` folder around the
      file): they are the same classes, so they come from the prebuilt package's modules;
    - names models borrow from other tools (``EventbridgeRule`` -> ``CloudwatchEventRule``);
    - imports of names the package does not have that nothing in the file uses (they can only
      fail).

    Where the import's name was also the name used in the code, the code follows the new name;
    an alias (``import S3BucketVersioning as Versioning``) is kept. A class name already used
    for something else in the file gets an ``Aws`` alias.

Why
    Since provider 19 each resource has its own module; the package root only holds modules, and
    the generator renames a resource whose name collides with a struct. Such imports fail at
    ``import`` time (``ImportError: cannot import name 'S3BucketVersioning'``), before any synth.

Example
    from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning
    S3BucketVersioning(self, "versioning", bucket=bucket.id, ...)
    becomes
    from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA
    S3BucketVersioningA(self, "versioning", bucket=bucket.id, ...)

What it leaves alone
    Imports that are right, ``import *``, and relative imports; ``imports.aws`` in a project
    that has generated bindings. A name the catalog does not know
    that the code uses (``DynamodbTableStreamSpecification``) stays with its import and is
    reported; so does a namespace used in a way other than ``namespace.Class`` (passed around,
    ``getattr``), and a struct called as a construct (``SecurityGroupIngress(self, "id", ...)``).

Fix safety
    Safe: the same classes are used, imported from where they live.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from codemods.catalog.names import resolve as resolve_written
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.bindings import LocalNames
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.imports import Binding, FromImport, Imports, ModuleImport
from codemods.python.provider import (
    PACKAGE,
    block_values,
    catalog_module,
    checked_calls,
    exported,
    is_construct_class,
    python_module,
    resolve,
    same_but_suffixes,
    unknown_and_unused,
)

#: Where ``cdktf get`` writes the AWS provider's Python bindings, which older docs import from.
GENERATED = "imports.aws"

@dataclass
class _Plan:
    """One group of statements' rewrite: new bindings, replaced statements, code edits, unknowns."""

    locals: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (module, name) -> locals
    replace: dict[FromImport | ModuleImport, list[tuple[str, str]]] = field(default_factory=dict)  # -> kept
    edits: list[Edit] = field(default_factory=list)
    unknown: list[tuple[cst.CSTNode, str]] = field(default_factory=list)
    misused: list[tuple[cst.CSTNode, str]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)  # names renamed where they are imported
    anchors: list[tuple[int, int]] = field(default_factory=list)  # spans of imports edited in place


class ProviderImportsPy(Transform):
    id = "split-provider-imports-py"
    aliases = ("provider-imports-py",)
    name = "Provider imports (Python)"
    failure = 1
    summary = "Import each cdktf_cdktf_provider_aws class from the module that has it, under its real name."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)

    def check(self, ctx):
        imports = ctx.imports
        generated = _generated_bindings_absent(ctx)
        from_imports = [s for s in imports.from_imports
                        if (_is_provider(s.module) or (generated and _is_generated(s.module))) and not s.star]
        module_imports = [s for s in imports.module_imports if s.bound_module == PACKAGE]
        if not from_imports and not module_imports:
            return
        rewrite = _Rewrite(ctx, imports, from_imports + module_imports)
        for group in _groups(from_imports, module_imports):
            plan = rewrite.plan(group)
            for node, name in plan.unknown:
                resolution = resolve_written(ctx.catalog, name)
                hint = f": {resolution.did_you_mean()}?" if resolution.ambiguous else ";"
                yield ctx.finding(f"{name} is not in {PACKAGE} {ctx.catalog.version}{hint} left as it is",
                                  imports.idx.span(node))
            for node, name in plan.misused:
                yield ctx.finding(f"{name} is a nested-block struct: it takes no scope and id (left as it is)",
                                  imports.idx.span(node))
            if not plan.replace and not plan.anchors:
                continue
            bindings = [(m, n, local) for (m, n), locals_ in plan.locals.items() for local in locals_]
            edits = imports.rewrite(bindings, plan.replace) + plan.edits
            first = min([imports.idx.span(s.node) for s in plan.replace] + plan.anchors)
            yield ctx.finding(_message(plan), first, edits)


def _message(plan: _Plan) -> str:
    parts = []
    names = {n for (_, n) in plan.locals} | set(plan.renamed)
    if names:
        parts.append(f"import {', '.join(sorted(names))} from their {PACKAGE} modules")
    if plan.dropped:
        parts.append(f"drop the unused imports of {', '.join(sorted(plan.dropped))}, which {PACKAGE} does not have")
    return "; ".join(parts)


def _is_provider(module: str) -> bool:
    return module == PACKAGE or module.startswith(PACKAGE + ".")


def _is_generated(module: str) -> bool:
    """``imports.aws`` or ``imports.aws.<module>``: where ``cdktf get`` puts locally generated
    Python bindings of the AWS provider."""
    return module == GENERATED or module.startswith(GENERATED + ".")


def _generated_bindings_absent(ctx) -> bool:
    """Whether imports from ``imports.aws`` can only mean the prebuilt package: no ``imports/aws``
    folder in the file's folder or above it (text given in memory has none)."""
    path = Path(ctx.file.path)
    if not path.is_file():
        return True
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / "imports" / "aws").is_dir():
            return False
        if (candidate / ".git").exists():  # the repository's root: the project ends here
            break
    return True


def _expected_structs(ctx) -> dict[int, str]:
    """The struct each keyword-only call is given for, by the id of its node, where the catalog
    types the keyword of a checked call (or a list of it) as a struct."""
    return {id(value): struct for checked in checked_calls(ctx.source, ctx.tree, ctx.catalog)
            for value, struct in block_values(checked) if isinstance(value, cst.Call)}


def _groups(from_imports: list[FromImport], module_imports: list[ModuleImport]) -> list[list]:
    """Statements rewritten together: all top-level ones, and each one inside a function alone
    (its new imports stay where it is)."""
    statements = from_imports + module_imports
    top = [s for s in statements if s.top_level]
    return ([top] if top else []) + [[s] for s in statements if not s.top_level]


class _Rewrite:
    def __init__(self, ctx, imports: Imports, provider: list) -> None:
        self.ctx = ctx
        self.catalog = ctx.catalog
        self.imports = imports
        self.idx = imports.idx
        provider_locals = {b.local for s in provider if isinstance(s, FromImport) for b in s.bindings}
        provider_locals |= {s.local for s in provider if isinstance(s, ModuleImport)}
        self.names = LocalNames(imports.used_names - provider_locals)
        self.taken = self.names.taken
        self.expected = _expected_structs(ctx)
        self.plan_ = _Plan()

    def plan(self, group: list) -> _Plan:
        self.plan_ = _Plan()
        self.names.planned = self.plan_.locals
        for statement in group:
            if isinstance(statement, FromImport):
                self._from_import(statement)
            else:
                self._module_import(statement)
        return self.plan_

    # -- statements ------------------------------------------------------------------------------
    def _from_import(self, statement: FromImport) -> None:
        generated = _is_generated(statement.module)
        module = statement.module[len(GENERATED if generated else PACKAGE) + 1:] or None
        home = catalog_module(self.catalog, module) if module and not generated else None
        kept: list[tuple[str, str]] = []
        renamed: list[tuple[Binding, str, str]] = []
        rewritten = False  # a binding leaves or goes: the statement is written anew
        for binding in statement.bindings:
            if module is None and binding.name[:1].islower():
                moved, complete = self._namespace(binding.local, (binding.name,))
                rewritten = rewritten or moved
                if not complete:
                    kept.append((binding.name, binding.local))
                continue
            if unknown_and_unused(self.imports, self.catalog, module, binding):
                self.plan_.dropped.append(binding.name)
                rewritten = True
                continue
            target = self._named(binding, module, generated)
            if target is None:
                kept.append((binding.name, binding.local))
            elif target[0] == home:  # renamed where it stands
                kept.append(target[1:])
                renamed.append((binding, *target[1:]))
                self.taken.add(target[2])
            else:
                self._bind(*target)
                rewritten = True
        if rewritten:
            self.plan_.replace[statement] = kept
        for binding, name, local in renamed:
            self.plan_.renamed.append(name)
            if not rewritten:
                self.plan_.edits.append(py.replace(self.idx, binding.node, name if name == local else f"{name} as {local}"))
                self.plan_.anchors.append(self.idx.span(binding.node))

    def _module_import(self, statement: ModuleImport) -> None:
        """``import cdktf_cdktf_provider_aws as aws`` (or ``import cdktf_cdktf_provider_aws.vpc``,
        which binds the package too)."""
        moved, complete = self._namespace(statement.local, ())
        if moved and complete and len(statement.node.names) == 1:
            self.plan_.replace[statement] = []

    def _named(self, binding: Binding, module: str | None, generated: bool = False) -> tuple[str, str, str] | None:
        """(catalog module, real name, local name) for a ``from`` binding; None when it is right
        or unknown (reported). A binding from ``imports.aws`` is never right where it is."""
        calls = [c for c in self.idx.calls if c.path == (binding.local,)]
        resolved = self._resolve(module, binding.name, calls)
        if resolved is None:
            home = catalog_module(self.catalog, module) if module else None
            if self._usage(calls) and home is not None and binding.name in exported(self.catalog, home):
                self.plan_.misused += [(c.node, binding.name) for c in calls]
            else:
                self.plan_.unknown.append((binding.node, binding.name))
            return None
        home, real = resolved
        if not generated and module is not None and catalog_module(self.catalog, module) == home and real == binding.name:
            if not is_construct_class(self.catalog, real):
                self.plan_.misused += [(c.node, real) for c in calls if c.is_construct]
            return None
        local = binding.local
        if local == binding.name and real != binding.name and real not in self.taken:
            local = real
            self.plan_.edits += [py.replace(self.idx, n, real) for n in self.imports.references(binding.local)]
        return home, real, local

    def _namespace(self, local: str, prefix: tuple[str, ...]) -> tuple[bool, bool]:
        """Rewrite each ``local.[module.]Class`` use of a module bound to ``local``.

        ``prefix`` is the module path the binding already names (empty for the package root).
        Returns (anything rewritten, every use rewritten).
        """
        uses = self.imports.references(local)
        resolved, unresolved = [], []
        for use in uses:
            target = self._namespace_use(use, prefix)
            if target is None:
                unresolved.append(self._outermost_attribute(use))
            else:
                resolved.append(target)
        for node in unresolved:
            self.plan_.unknown.append((node, self.idx.text(self.ctx.source, node)))
        for node, home, real in resolved:
            self.plan_.edits.append(py.replace(self.idx, node, self._bind(home, real, None)))
        return bool(resolved) or not uses, not unresolved

    def _namespace_use(self, use: cst.Name, prefix: tuple[str, ...]):
        """(node spelling ``ns.Class``, catalog module, real name) for one use of a namespace."""
        chain = self._attribute_chain(use)
        path = prefix + tuple(name for _, name in chain)
        if path and path[0][:1].isupper():  # ``aws.Vpc``: a class asked of the package root
            module, name, depth = None, path[0], 1
        elif len(path) >= 2:
            module, name, depth = path[0], path[1], 2
        else:
            return None
        links = depth - len(prefix)
        if not 1 <= links <= len(chain):
            return None
        node = chain[links - 1][0]
        parent = self.idx.parent(node)
        called = isinstance(parent, cst.Call) and parent.func is node
        resolved = self._resolve(module, name, [self.idx.call_of(parent)] if called else [])
        return (node, *resolved) if resolved is not None else None

    def _resolve(self, module: str | None, name: str, calls: list) -> tuple[str, str] | None:
        """Where ``name`` lives. A struct goes by the struct its calls are given for when that
        differs from it only by ``A`` suffixes (a struct of ``s3_bucket`` in the config of
        ``S3BucketServerSideEncryptionConfigurationA`` is its ``...RuleA``), and an unknown one
        by the struct it extends with a made-up word (``LbTargetGroupStickinessConfig`` given
        for ``stickiness`` is ``LbTargetGroupStickiness``)."""
        construct = self._usage(calls)
        resolved = resolve(self.catalog, module, name, construct)
        if construct is not False:
            return resolved
        wanted = {self.expected.get(id(c.node)) for c in calls}
        struct = wanted.pop() if len(wanted) == 1 else None
        if struct is None:
            return resolved
        if resolved is None and name.startswith(struct) or (
                resolved is not None and struct != resolved[1] and same_but_suffixes(struct, resolved[1])):
            return self.catalog.module_of_interface(struct), struct
        return resolved

    def _attribute_chain(self, use: cst.Name) -> list[tuple[cst.Attribute, str]]:
        """For ``ns`` in ``ns.a.B``: [(node of ns.a, "a"), (node of ns.a.B, "B")]."""
        chain = []
        node: cst.CSTNode = use
        parent = self.idx.parent(node)
        while isinstance(parent, cst.Attribute) and parent.value is node:
            chain.append((parent, parent.attr.value))
            node, parent = parent, self.idx.parent(parent)
        return chain

    def _outermost_attribute(self, use: cst.Name) -> cst.CSTNode:
        chain = self._attribute_chain(use)
        return chain[-1][0] if chain else use

    @staticmethod
    def _usage(calls: list) -> bool | None:
        """True when every call passes a scope and an id, False when some call passes keywords
        only (a struct), None when it is not called."""
        calls = [c for c in calls if c is not None]
        if not calls:
            return None
        return all(c.is_construct for c in calls)

    def _bind(self, module: str, name: str, local: str | None) -> str:
        """The local name for ``name`` from ``module`` (see :class:`LocalNames`)."""
        return self.names.bind(python_module(self.catalog, module), name, local)


TRANSFORM = ProviderImportsPy()
