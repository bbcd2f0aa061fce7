"""split-provider-imports (failure 1): import each provider class from its own module.

What it fixes
    Imports from the root of ``@cdktf/provider-aws`` and imports of names that the package does
    not export where the code says: named classes from the root
    (``import { AwsProvider, Vpc } from "@cdktf/provider-aws"``), the namespace import
    (``import * as aws`` used as ``aws.vpc.Vpc``), namespaces from the root
    (``import { vpc, subnet as sn }`` used as ``vpc.Vpc``), the grouped namespaces of old provider
    releases (``iam.IamRole``, ``ec2.Instance``, ``s3.S3Bucket``), type positions
    (``aws.s3Bucket.S3BucketConfig``), class names that only exist with an ``A`` suffix
    (``S3BucketVersioning`` -> ``S3BucketVersioningA``) and module paths that do not hold the class
    (``import { Subnet } from "@cdktf/provider-aws/lib/vpc"``). A name that is not an export is
    normalized by the named rules of :mod:`codemods.catalog.resolve` (case, ``Aws`` prefix,
    Terraform type, jsii suffix, ...; ``WafIpSet`` -> ``WafIpset``); an interface used with ``new``
    becomes the class it stands for (TS2693). Classes of other provider packages
    (``RandomId`` from the AWS provider, ``RandomPassword`` from the root of
    ``@cdktf/provider-random``) are imported from their module under the name the code uses
    (``import { Id as RandomId } from "@cdktf/provider-random/lib/id"``).
    An import that does not parse (``import { SnsTop ic } ...``) is repaired only when its broken
    pieces, joined, are an export of the module it names.

Why
    Since provider 19 each resource lives in ``@cdktf/provider-aws/lib/<module>``; the root only
    exports namespaces, and the old grouped namespaces are gone. Such code does not compile (TS2305,
    TS2724, TS2694, TS2307), and ``aws.x.Y`` access loads the whole provider (slow synth).

Example
    import { AwsProvider, vpc } from "@cdktf/provider-aws";
    new vpc.Vpc(this, "main", { cidrBlock: "10.0.0.0/16" });
    becomes
    import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
    import { Vpc } from "@cdktf/provider-aws/lib/vpc";
    new Vpc(this, "main", { cidrBlock: "10.0.0.0/16" });

What it leaves alone
    Imports that are already right, including ``import * as x from "@cdktf/provider-aws/lib/vpc"``.
    A used name the provider catalog does not know is left as it is (with its import) and reported;
    one that the rules resolve to more than one export is reported with the candidates ("did you
    mean A or B"), never guessed. An import with a syntax error that the catalog cannot repair
    stays exactly as it is, reported: no fix deletes it.
    Where a class name is already taken in the file, the new import gets an alias (``AwsVpc``).

Fix safety
    Safe: the same classes are used, only imported from where they live.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from tree_sitter import Node

from codemods.catalog.names import other_catalogs, resolve, resolver_for
from codemods.catalog.packages import AWS_NPM, CATALOG_MAJORS, PROVIDER_SCOPE
from codemods.catalog.resolve import Resolution, Target
from codemods.core.bindings import LocalNames
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Binding, Imports, ImportStatement

PACKAGE = AWS_NPM
CDKTF = "cdktf"
LIB = PACKAGE + "/lib/"


@dataclass
class _Plan:
    """What one file's rewrite needs: new bindings, replaced statements, usage edits, unknowns."""

    locals: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (import path, name) -> locals
    replace: dict[ImportStatement, str | None] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    unknown: list[tuple[Node, str]] = field(default_factory=list)
    ambiguous: list[tuple[Node, Resolution]] = field(default_factory=list)
    broken: list[tuple[ImportStatement, str | None]] = field(default_factory=list)  # syntax errors: (statement, repair)


class SplitProviderImports(Transform):
    id = "split-provider-imports"
    name = "Split provider imports"
    failure = 1
    summary = "Import each @cdktf/provider-aws class from its own lib/<module> path."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        imports = ctx.imports
        yield from _other_provider_imports(ctx, imports)
        provider = [s for s in imports.statements if s.module == PACKAGE or s.module.startswith(LIB)
                    or (s.module == CDKTF and _names_provider_class(ctx.catalog, s))]
        if not provider:
            return
        if _already_split(ctx, provider):
            return
        broken = [s for s in provider if s.node.has_error]
        if broken:  # an import that does not parse: repaired where the catalog says how, else left
            yield from _broken_imports(ctx, broken)
            provider = [s for s in provider if not s.node.has_error]
            if not provider:
                return
        rewrite = _Rewrite(ctx, imports, provider)
        plan = rewrite.plan()
        for node, name in plan.unknown:
            yield ctx.finding(f"{name} is not exported by {PACKAGE} {ctx.catalog.version}; left as it is", node)
        for node, resolution in plan.ambiguous:
            yield ctx.finding(f"{resolution.written} is not exported by {PACKAGE} {ctx.catalog.version}: "
                              f"{resolution.did_you_mean()}? (left as it is)", node)
        if not plan.replace:
            return
        bindings = [(path, n, local) for (path, n), locals_ in plan.locals.items() for local in locals_]
        edits = imports.rewrite(bindings, plan.replace) + plan.edits
        names = ", ".join(sorted({n for (_, n) in plan.locals}))
        message = (f"import {names} from their {PACKAGE}/lib modules" if names else
                   f"drop imports that no code uses of names {PACKAGE} {ctx.catalog.version} does not export")
        yield ctx.finding(message, plan_span(plan), edits)


def _other_provider_imports(ctx, imports: Imports):
    """Named imports from another provider package (``@cdktf/provider-random``) that its root or
    the module named does not export: each goes to the module that has it, under the name the code
    uses (``import { Id as RandomId } from "@cdktf/provider-random/lib/id"``)."""
    for statement in imports.statements:
        package = _provider_package(statement.module)
        if package is None or package == PACKAGE or statement.node.has_error or statement.type_only:
            continue
        catalog = next((c for c in other_catalogs(PACKAGE) if c.package == package), None)
        if catalog is None or statement.namespace is not None or statement.default is not None:
            continue
        lib = package + "/lib/"
        module = statement.module[len(lib):] if statement.module.startswith(lib) else None
        resolver = resolver_for(catalog)
        moves, kept = [], []
        for binding in statement.named:
            if module is not None and (binding.name in catalog.classes_of_module(module)
                                       or catalog.module_of_interface(binding.name) == module):
                kept.append(binding)
                continue
            resolution = resolver.resolve(binding.name)
            target = resolution.target
            if target is None or target.package != package:
                kept.append(binding)
                hint = f": {resolution.did_you_mean()}?" if resolution.ambiguous else ";"
                yield ctx.finding(f"{binding.name} is not exported by {package} {catalog.version}{hint} left as it is",
                                  binding.node)
                continue
            moves.append((f"{lib}{target.module}", target.name, binding.local))
        if not moves:
            continue
        leftover = imports.render(statement.module, [(b.name, b.local) for b in kept]) if kept else None
        names = ", ".join(sorted({name for _, name, _ in moves}))
        yield ctx.finding(f"import {names} from their {package}/lib modules", statement.node,
                          imports.rewrite(moves, {statement: leftover}))


def _provider_package(module: str) -> str | None:
    """``@cdktf/provider-random`` for ``@cdktf/provider-random/lib/id`` and the root itself."""
    if not module.startswith(PROVIDER_SCOPE):
        return None
    return "/".join(module.split("/")[:2])


_SPECIFIER = re.compile(r"^\w+(\s+as\s+\w+)?$")


def _broken_imports(ctx, statements: list[ImportStatement]):
    """Findings for provider imports that do not parse. One whose broken names, each joined into
    one word (``SnsTop ic`` -> ``SnsTopic``), are exports of the module it imports from is
    repaired in place; any other stays exactly as it is, reported."""
    for statement in statements:
        edits = _repair_broken(ctx.catalog, ctx.source, statement)
        if edits is None:
            yield ctx.finding(f"this import from {statement.module} does not parse and the catalog does not "
                              "say what it means; left as it is", statement.node)
        else:
            names = ", ".join(text for _, _, text in edits)
            yield ctx.finding(f"repair the broken import of {names} (the one export of {statement.module} "
                              "its pieces spell)", statement.node, [Edit(*e) for e in edits])


def _repair_broken(catalog, source: bytes, statement: ImportStatement) -> list[tuple[int, int, str]] | None:
    """Edits joining each broken specifier of ``statement`` into the one export of its module it
    spells, or None when the error is elsewhere or some broken piece spells no export."""
    named = statement.named_node
    if named is None or not named.has_error:
        return None
    module = statement.module[len(LIB):] if statement.module.startswith(LIB) else None
    if module is not None and module not in _known_modules(catalog):
        return None
    if module is None and statement.module != PACKAGE:
        return None
    if any(c.has_error for c in statement.node.children if c != _clause(statement.node)) or (
            _clause(statement.node) is not None and any(c.has_error for c in _clause(statement.node).children if c != named)):
        return None  # the error is outside the braces
    inner_start, inner_end = named.start_byte + 1, named.end_byte - 1
    if source[named.start_byte:inner_start] != b"{" or source[inner_end:named.end_byte] != b"}":
        return None
    inner = source[inner_start:inner_end].decode()
    exports = set(catalog.classes_of_module(module)) | set(catalog.interfaces_of_module(module)) if module else None
    edits, offset = [], inner_start
    for piece in inner.split(","):
        stripped = piece.strip()
        start = offset + len(piece.encode()) - len(piece.lstrip().encode())
        offset += len(piece.encode()) + 1
        if not stripped or _SPECIFIER.match(stripped):
            continue
        joined = re.sub(r"\W", "", stripped)
        if not joined or " as " in f" {stripped} ":
            return None
        known = joined in exports if exports is not None else catalog.module_of_class(joined) is not None
        if not known:
            return None
        edits.append((start, start + len(stripped.encode()), joined))
    return edits or None


def _clause(node: Node) -> Node | None:
    return next((c for c in node.named_children if c.type == "import_clause"), None)


def _already_split(ctx, provider: list[ImportStatement]) -> bool:
    """Every provider import names a real lib module and only what it exports, and no name clashes
    with a local type: the common case after a first pass, answered without reading the file."""
    catalog = ctx.catalog
    local_types = None
    for statement in provider:
        module = statement.module[len(LIB):] if statement.module.startswith(LIB) else None
        if module is None or module not in _known_modules(catalog):
            return False
        for binding in statement.named:
            if binding.name not in catalog.classes_of_module(module):
                return False  # an interface: right as a type, not with ``new`` (TS2693), see _named
            if local_types is None:
                local_types = _local_type_names(ctx.tree.root_node)
            if binding.local in local_types:
                return False
    return True


@functools.cache
def _known_modules(catalog) -> frozenset[str]:
    return frozenset(catalog.modules())


def _names_provider_class(catalog, statement: ImportStatement) -> bool:
    """An import from ``cdktf`` that names a provider resource or data source (``DataAwsRegion``)."""
    return any(_is_provider_construct(catalog, b.name) for b in statement.named)


def _is_provider_construct(catalog, name: str) -> bool:
    info = catalog.class_info(name)
    return info is not None and info.kind != "other"


def plan_span(plan: _Plan) -> tuple[int, int]:
    first = min(plan.replace, key=lambda s: s.node.start_byte).node
    return first.start_byte, first.end_byte


class _Rewrite:
    def __init__(self, ctx, imports: Imports, provider: list[ImportStatement]) -> None:
        self.ctx = ctx
        self.catalog = ctx.catalog
        self.imports = imports
        self.provider = provider
        self.plan_ = _Plan()
        provider_locals = {b.local for s in provider for b in s.bindings}
        self.foreign = self._identifiers() - provider_locals
        self.names = LocalNames(self.foreign)
        self.names.planned = self.plan_.locals
        self.taken = self.names.taken
        self.references = self._references_by_name(provider_locals)
        self.local_types = _local_type_names(ctx.tree.root_node)

    # -- the catalog -----------------------------------------------------------------------------
    def resolve(self, name: str, namespace: str | None = None, node: Node | None = None,
                value: bool = False) -> Target | None:
        """The export ``name`` means (see :mod:`codemods.catalog.resolve`); an ambiguous name
        is recorded for a report at ``node`` and resolves to nothing."""
        resolution = resolve(self.catalog, name, namespace, value)
        if resolution.ambiguous and node is not None:
            self.plan_.ambiguous.append((node, resolution))
        return resolution.target

    # -- the plan --------------------------------------------------------------------------------
    def plan(self) -> _Plan:
        for statement in self.provider:
            self._statement(statement)
        return self.plan_

    def _statement(self, statement: ImportStatement) -> None:
        if statement.module == CDKTF:
            self._cdktf_statement(statement)
            return
        module = statement.module[len(LIB):] if statement.module.startswith(LIB) else None
        known_module = module is not None and module in _known_modules(self.catalog)
        leftovers: list[Binding] = []
        changed = False
        if statement.default is not None:
            leftovers.append(statement.default)
        if statement.namespace is not None:
            if known_module:
                return  # `import * as x from ".../lib/vpc"` is right as it is
            rewritten, complete = self._namespace(statement.namespace, star=module is None)
            changed = changed or rewritten
            if not complete:
                leftovers.append(statement.namespace)
        for binding in statement.named:
            outcome = self._named(binding, module if known_module else None)
            changed = changed or outcome in ("moved", "partly")
            if outcome != "moved":
                leftovers.append(binding)
        if not changed:
            return
        self.plan_.replace[statement] = self._leftover_text(statement, leftovers)

    def _cdktf_statement(self, statement: ImportStatement) -> None:
        """Provider classes imported from ``cdktf`` move to the provider; cdktf's own names stay."""
        leftovers = []
        for binding in statement.named:
            if _is_provider_construct(self.catalog, binding.name):
                self._bind(self._aws(self.catalog.module_of_class(binding.name), binding.name), binding.local)
            else:
                leftovers.append(binding)
        leftovers = ([statement.default] if statement.default else []) + leftovers
        self.plan_.replace[statement] = self._leftover_text(statement, leftovers)

    def _named(self, binding: Binding, module: str | None) -> str:
        """``keep`` (right as it is), ``moved`` (planned under its real module) or ``unknown``."""
        if binding.local in self.local_types:
            return self._unclash(binding)
        value = self._constructed(binding.local)
        if module is not None and (
            binding.name in self.catalog.classes_of_module(module)
            or (self.catalog.module_of_interface(binding.name) == module and not value)
        ):
            return "keep"
        ambiguous = len(self.plan_.ambiguous)
        resolved = self.resolve(binding.name, node=binding.node, value=value)
        if resolved is not None:
            if module is not None and (resolved.package, resolved.module, resolved.name) == (PACKAGE, module, binding.name):
                return "keep"
            real = resolved.name
            local = binding.local
            if resolved.package != PACKAGE:
                pass  # another package's class keeps the name the code uses: ``Id as RandomId``
            elif binding.local == binding.name and real != binding.name and real not in self.taken:
                local = real
                self._rename_references(binding.local, real)
            self._bind(resolved, local)
            return "moved"
        if len(self.plan_.ambiguous) > ambiguous:
            return "unknown"
        if binding.name[:1].isupper() and self.references.get(binding.local):
            self.plan_.unknown.append((binding.node, binding.name))  # used: it stays, reported
            return "unknown"
        # unused, the package does not have it: the import can only fail, and nothing needs it
        rewritten, complete = self._namespace(binding, star=False)
        if rewritten and complete:
            return "moved"
        if not rewritten:
            self.plan_.unknown.append((binding.node, binding.name))
        return "partly" if rewritten else "unknown"

    def _constructed(self, local: str) -> bool:
        """Whether ``local`` is used as a value: ``new X(...)``, ``X.member`` or called."""
        for node in self.references.get(local, []):
            parent = node.parent
            if node.type == "identifier" and parent is not None and parent.type in ("new_expression", "call_expression", "member_expression"):
                return True
        return False

    def _unclash(self, binding: Binding) -> str:
        """A provider class imported under the name of a local interface or type (TS2440): the
        import gets an alias, and value uses (``new X``, ``X.member``) follow it; type uses keep
        meaning the local declaration."""
        resolved = self.resolve(binding.name, node=binding.node)
        if resolved is None:
            self.plan_.unknown.append((binding.node, binding.name))
            return "unknown"
        alias = self._bind(resolved, self.names.fresh("Aws" + resolved.name))
        for node in self.references.get(binding.local, []):
            if node.type == "identifier":
                self.plan_.edits.append(Edit(node.start_byte, node.end_byte, alias))
        return "moved"

    def _namespace(self, binding: Binding, star: bool) -> tuple[bool, bool]:
        """Rewrite every ``ns.Class`` (``aws.ns.Class`` for a star import) use of a namespace binding.

        Returns (anything rewritten, every use rewritten). Uses that cannot be resolved stay as
        they are and are reported; the import then stays for them.
        """
        uses = self.references.get(binding.local, [])
        resolved: list[tuple[Node, str, str]] = []
        unresolved: list[Node] = []
        for use in uses:
            target = self._namespace_use(use, star, binding.name)
            if target is None:
                unresolved.append(use)
            else:
                resolved.append(target)
        if unresolved and not resolved and not self._looks_like_namespace(binding, star):
            return False, False
        for use in unresolved:
            whole = _member_chain(use)
            node = whole[-1][0] if whole else use
            self.plan_.unknown.append((node, ts.text(node)))
        for node, target in resolved:
            local = self._bind(target, None)
            self.plan_.edits.append(Edit(node.start_byte, node.end_byte, local))
        return bool(resolved) or not uses, not unresolved

    def _looks_like_namespace(self, binding: Binding, star: bool) -> bool:
        return star or binding.name[:1].islower()

    def _namespace_use(self, use: Node, star: bool, namespace: str) -> tuple[Node, Target] | None:
        """The node spelling ``ns.Class`` (or ``aws.ns.Class``) and what it resolves to."""
        chain = _member_chain(use)
        if not chain:
            return None
        first_node, first = chain[0]
        if star and len(chain) > 1 and self.catalog.resolve_class(first) is None:
            node, name = chain[1]
            resolved = self.resolve(name, first, node=node)
            if resolved is not None:
                return node, resolved
        resolved = self.resolve(first, None if star else namespace, node=first_node)
        return (first_node, resolved) if resolved is not None else None

    def _aws(self, module: str, name: str) -> Target:
        return Target(PACKAGE, module, name)

    def _bind(self, target: Target, local: str | None) -> str:
        """The local name for ``target`` (see :class:`LocalNames`), keyed by its import path."""
        return self.names.bind(f"{target.package}/lib/{target.module}", target.name, local)

    def _rename_references(self, old: str, new: str) -> None:
        for node in self.references.get(old, []):
            self.plan_.edits.append(Edit(node.start_byte, node.end_byte, new))

    def _leftover_text(self, statement: ImportStatement, leftovers: list[Binding]) -> str | None:
        if not leftovers:
            return None
        if len(leftovers) == len(statement.bindings):
            return ts.text(statement.node)
        named = [(b.name, b.local) for b in leftovers if b in statement.named]
        if len(named) != len(leftovers):
            return ts.text(statement.node)  # a default or namespace part stays: keep it whole
        return self.imports.render(statement.module, named)

    # -- reading the file ------------------------------------------------------------------------
    def _identifiers(self) -> set[str]:
        found: set[str] = set()
        for node in ts.names(self.ctx.language, self.ctx.tree.root_node, ("identifier", "type_identifier")):
            name = ts.text(node)
            if name not in found and _is_reference(node):  # one reference a name is enough
                found.add(name)
        return found

    def _references_by_name(self, names: set[str]) -> dict[str, list[Node]]:
        """References to the provider bindings, leaving out local variables that shadow them."""
        found: dict[str, list[Node]] = {}
        for node in ts.names(self.ctx.language, self.ctx.tree.root_node, ("identifier", "type_identifier")):
            name = ts.text(node)
            if name in names and _is_reference(node) and (
                not ts.is_shadowed(node, self.ctx.language) or _in_temporal_dead_zone(node)
            ):
                found.setdefault(name, []).append(node)
        return found


def _local_type_names(root: Node) -> set[str]:
    """Interfaces and type aliases declared at the top level of the file (exported or not)."""
    names = set()
    for child in root.named_children:
        declaration = child.child_by_field_name("declaration") if child.type == "export_statement" else child
        if declaration is not None and declaration.type in ("interface_declaration", "type_alias_declaration"):
            names.add(ts.text(declaration.child_by_field_name("name")))
    return names


def _in_temporal_dead_zone(node: Node) -> bool:
    """``const subnet = new subnet.Subnet(...)``: a use of a name inside (or before) the block-scoped
    declaration that shadows it cannot mean that local, so it means the import the model intended."""
    name = ts.text(node)
    for scope in ts.ancestors(node):
        if scope.type not in ("statement_block", "program"):
            continue
        for child in scope.named_children:
            if child.type != "lexical_declaration":
                continue
            for declarator in child.named_children:
                target = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
                if target is not None and target.type == "identifier" and ts.text(target) == name:
                    return node.start_byte < declarator.end_byte and node != target
    return False


def _is_reference(node: Node) -> bool:
    """An identifier that names a binding: not in an import, not the member part of ``a.B`` types."""
    parent = node.parent
    if parent is not None and parent.type == "nested_type_identifier" and parent.child_by_field_name("name") == node:
        return False
    if parent is not None and parent.type in ("nested_identifier",) and parent.child_by_field_name("property") == node:
        return False
    return ts.enclosing(node, "import_statement") is None


def _member_chain(use: Node) -> list[tuple[Node, str]]:
    """For ``ns`` in ``ns.A.B``: [(node of ns.A, "A"), (node of ns.A.B, "B")], in value or type position."""
    chain: list[tuple[Node, str]] = []
    node = use
    while True:
        parent = node.parent
        if parent is None:
            break
        if parent.type == "member_expression" and parent.child_by_field_name("object") == node:
            chain.append((parent, ts.text(parent.child_by_field_name("property"))))
        elif parent.type == "nested_identifier" and parent.child_by_field_name("object") == node:
            chain.append((parent, ts.text(parent.child_by_field_name("property"))))
        elif parent.type == "nested_type_identifier" and parent.child_by_field_name("module") == node:
            chain.append((parent, ts.text(parent.child_by_field_name("name"))))
        else:
            break
        node = parent
    # a nested_identifier chain ends in the nested_type_identifier that holds it
    return chain


TRANSFORM = SplitProviderImports()
