"""state-locking (failure 4): lock the S3 state of every stack, and give a stack without a backend one.

What it fixes
    An ``S3Backend`` (also ``cdktf.S3Backend`` or under an alias) with no
    ``terraform.backend.s3.use_lockfile`` override gets
    ``this.addOverride('terraform.backend.s3.use_lockfile', true);`` right after it; the scope is
    the backend's first argument, the quotes and semicolon those of the backend statement.
    A ``TerraformStack`` subclass with no backend at all gets the catalog's S3 backend right after
    its ``super(...)`` call (after the declarations of the values it uses), with the override and
    the ``S3Backend`` import, when a state bucket, a region and an environment suffix are in scope:
    constructor locals, or required fields of its props, named ``stateBucket``,
    ``stateBucketRegion`` / ``awsRegion`` / ``region`` and ``environmentSuffix``. Without them the
    stack is reported ("no state backend: ...").
    With the ``terraform_version`` option below 1.10 it does the reverse: it removes
    ``use_lockfile`` overrides, whatever their value (the whole statement line), since that
    Terraform cannot read them. Unless configured, that version is the one the project's
    ``.terraform-version`` (tfenv) or ``.tool-versions`` (asdf) names, else 1.10.

Why
    Without a lock, two deployments at once write the same state file and can corrupt it. CDKTF's
    ``S3Backend`` has no setting for S3 native locking, hence the escape hatch. ``use_lockfile``
    exists since Terraform 1.10; an older ``terraform init`` fails with "No argument or block type
    is named use_lockfile". A stack without a backend keeps its state on the disk of whoever
    deployed it, where a CI runner loses it.

Example
    new S3Backend(this, {
      bucket: stateBucket,
      key: `${environmentSuffix}/${id}.tfstate`,
      region: stateBucketRegion,
      encrypt: true,
    });
    gains, on the next line,
    this.addOverride('terraform.backend.s3.use_lockfile', true);

What it leaves alone
    From 1.10 on, an existing ``use_lockfile`` override in the same class (or function), whatever
    its value: ``false`` is a decision. A backend whose config sets ``dynamodbTable``: DynamoDB already locks
    that state, so no override is added (Terraform accepts both; adding one is a choice for the
    author). Other backends (``CloudBackend``, ``RemoteBackend``, ``LocalBackend``, any
    ``new XBackend(...)``, ``addOverride('terraform.backend...')``). A backend that is the body of a
    braceless ``if`` or similar is reported, not edited. A backend attached to the stack from
    another file is not seen: such a stack is reported as having none. Below 1.10, a backend with
    neither lock is reported (that Terraform locks S3 state only through ``dynamodbTable``).

Fix safety
    Safe: adding the lockfile override, and removing it below 1.10; the same infrastructure is
    described, only its state is locked. Opinionated: adding a whole backend moves where the state
    is kept (the next deployment needs ``terraform init -migrate-state``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Option, Transform
from codemods.typescript import objects, statements
from codemods.typescript import syntax as ts
from transforms.state_locking import LOCKFILE_PATH, deploying_version, supports_lockfile

CDKTF = "cdktf"
_BLOCKS = ("statement_block", "program")
_SIMPLE_STATEMENTS = ("expression_statement", "lexical_declaration", "variable_declaration")
_CLASSES = ("class_declaration", "class", "abstract_class_declaration")
_FUNCTIONS = ("function_declaration", "method_definition", "arrow_function", "function_expression")

_OVERRIDES = ts.shared("""(call_expression
  function: (member_expression object: (_) @object property: (property_identifier) @method
             (#eq? @method "addOverride"))
  arguments: (arguments . (_) @path)) @call""")
_STACKS = ts.shared("""[(class_declaration name: (_) @name (class_heritage (extends_clause value: (_) @base)))
  (abstract_class_declaration name: (_) @name (class_heritage (extends_clause value: (_) @base)))] @class""")
_CONSTRUCTORS = """(method_definition name: (property_identifier) @name (#eq? @name "constructor")) @ctor"""
_TYPES = ts.shared("""[(interface_declaration name: (type_identifier) @name body: (interface_body) @body)
  (type_alias_declaration name: (type_identifier) @name value: (object_type) @body)]""")
_STRINGS = "(string) @string"

# The values the catalog's backend needs, and the names they go by (most specific first).
_VALUE_NAMES = {
    "bucket": ("stateBucket", "stateBucketName", "terraformStateBucket", "tfStateBucket"),
    "region": ("stateBucketRegion", "awsRegion", "region"),
    "suffix": ("environmentSuffix",),
}


@dataclass(frozen=True)
class Override:
    """A ``scope.addOverride('terraform.backend...', value)`` call."""

    call: Node
    scope: str
    path: str

    @property
    def region(self) -> Node:
        return region_of(self.call)


@dataclass(frozen=True)
class Value:
    """An expression in scope for the backend, and the statement that must come before it."""

    expression: str
    declared_by: Node | None = None


class StateLocking(Transform):
    id = "state-locking"
    name = "S3 backend state locking"
    failure = 4
    summary = "Lock S3 backend state with the use_lockfile override; give stacks without a backend one."
    safety = Safety.SAFE
    requires = (b"TerraformStack", b"S3Backend", b"use_lockfile")
    options = {
        "terraform_version": Option(
            "1.10", "Terraform version that deploys the stacks; use_lockfile needs 1.10 or later."
        )
    }

    def check(self, ctx):
        version = deploying_version(ctx)
        lockfile = supports_lockfile(version)
        file = _File(ctx)
        if lockfile:
            yield from _lock(ctx, file)
        else:
            yield from _unlock(ctx, file, version)
        for stack, name in file.stacks_without_backend():
            yield _add_backend(ctx, file, stack, name, lockfile)


def region_of(node: Node) -> Node:
    """The class (else function, else file) that a backend and its override must share."""
    return ts.enclosing(node, *_CLASSES) or ts.enclosing(node, *_FUNCTIONS, "program")


def _backends_outside_stacks(language: str, root: Node) -> bool:
    """Whether a ``new XBackend(...)`` of the tree sits outside every class that extends a
    ``TerraformStack`` (a backend of any kind: S3, Remote, Cloud, Local, Gcs, ...)."""
    stacks = {caps["class"][0] for caps in ts.matches(language, _STACKS, root)
              if ts.text(caps["base"][0]).split(".")[-1] == "TerraformStack"}
    for construction in objects.constructions(language, root):
        if construction.class_name.endswith("Backend") and region_of(construction.node) not in stacks:
            return True
    return False


def has_dynamodb_lock(backend: objects.Construction) -> bool:
    config = backend_config(backend)
    return config is not None and "dynamodbTable" in objects.properties(config)


def backend_config(backend: objects.Construction) -> Node | None:
    """The second argument of ``new S3Backend(scope, {...})`` when it is an object literal."""
    if len(backend.arguments) < 2:
        return None
    value = ts.unwrap(backend.arguments[1])
    return value if value is not None and value.type == "object" else None


def override_line(scope: str, quote: str, semicolon: str) -> str:
    return f"{scope}.addOverride({quote}{LOCKFILE_PATH}{quote}, true){semicolon}"


class _File:
    """What the transform reads from one file: cdktf names, backends, overrides and stacks."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.imports = ctx.imports
        self.overrides = self._overrides()

    def cdktf_locals(self, name: str) -> set[str]:
        """Local names under which ``name`` is imported from cdktf, and ``name`` itself."""
        found = {name}
        for statement in self.imports.statements:
            if statement.module == CDKTF:
                found |= {b.local for b in statement.named if b.name == name}
        return found

    @property
    def cdktf_namespace(self) -> str | None:
        return next((s.namespace.local for s in self.imports.statements
                     if s.module == CDKTF and s.namespace is not None), None)

    def s3_backends(self) -> list[objects.Construction]:
        names = self.cdktf_locals("S3Backend")
        return [c for c in objects.constructions(self.ctx.language, self.ctx.tree.root_node, names) if c.arguments]

    def backends(self) -> list[objects.Construction]:
        """Every ``new XBackend(...)``, and classes imported from cdktf as a ``...Backend``."""
        aliases = {b.local for s in self.imports.statements if s.module == CDKTF
                   for b in s.named if b.name.endswith("Backend")}
        return [c for c in objects.constructions(self.ctx.language, self.ctx.tree.root_node)
                if c.class_name.endswith("Backend") or c.class_name in aliases]

    def _overrides(self) -> list[Override]:
        found = []
        for caps in ts.matches(self.ctx.language, _OVERRIDES, self.ctx.tree.root_node):
            path = ts.string_value(caps["path"][0])
            if path is not None and path.startswith("terraform.backend"):
                found.append(Override(caps["call"][0], ts.text(caps["object"][0]), path))
        return found

    def lockfile_overrides(self) -> list[Override]:
        return [o for o in self.overrides if o.path == LOCKFILE_PATH]

    def has_lockfile_override(self, backend: objects.Construction) -> bool:
        scope, region = ts.text(backend.arguments[0]), region_of(backend.node)
        return any(o.scope == scope and o.region == region for o in self.lockfile_overrides())

    def stacks_without_backend(self) -> list[tuple[Node, Node]]:
        """(class, name) of each TerraformStack subclass with no backend and no backend override."""
        bases = self.cdktf_locals("TerraformStack")
        namespace = self.cdktf_namespace
        with_backend = {region_of(b.node) for b in self.backends()} | {o.region for o in self.overrides}
        if self.backend_made_outside_a_stack():
            return []
        found = []
        for caps in ts.matches(self.ctx.language, _STACKS, self.ctx.tree.root_node):
            base = ts.text(caps["base"][0])
            is_stack = base in bases or base == f"{namespace or CDKTF}.TerraformStack"
            if is_stack and caps["class"][0] not in with_backend:
                found.append((caps["class"][0], caps["name"][0]))
        return found

    def backend_made_outside_a_stack(self) -> bool:
        """Whether this file or another file of the project makes a backend somewhere else than in
        the body of a ``TerraformStack`` subclass: in a helper function, a construct, a base class
        or ``main.ts`` on a stack object. Which stacks such a backend serves cannot be read without
        following calls, so no stack is said to lack one."""
        if _backends_outside_stacks(self.ctx.language, self.ctx.tree.root_node):
            return True
        project = self.ctx.project
        if project is None:
            return False
        outside = project.index("state-locking.backend-outside-stacks", self.ctx.language, lambda s, tr: [
            ("outside", True)] if _backends_outside_stacks(s.language, tr.root_node) else [])
        return any(path != self.ctx.file.path for path, _ in outside.get("outside", ()))

    def quote_near(self, node: Node) -> str:
        """The quote of the string literals in ``node``, else that of the imports."""
        quotes = [ts.text(s)[:1] for s in ts.captures(self.ctx.language, _STRINGS, node).get("string", [])]
        if not quotes:
            return self.imports.quote
        return '"' if quotes.count('"') > quotes.count("'") else "'"


def semicolon_of(statement: Node) -> str:
    return ";" if ts.text(statement).rstrip().endswith(";") else ""


def _lock(ctx, file: _File):
    """An override after each S3 backend without a lock (one per block and scope)."""
    locked: set[tuple[Node, str]] = set()
    message = "S3 backend without state locking: add the use_lockfile override"
    for backend in file.s3_backends():
        if file.has_lockfile_override(backend) or has_dynamodb_lock(backend):
            continue
        statement, scope = own_statement(backend.node), ts.text(backend.arguments[0])
        if statement is None:
            yield ctx.finding(message + " (left as it is: the backend is not a statement of its own)", backend.node)
        elif (statement.parent, scope) not in locked:
            locked.add((statement.parent, scope))
            line = override_line(scope, file.quote_near(statement), semicolon_of(statement))
            yield ctx.finding(message, backend.node, [statements.insert_after(ctx.source, statement, [line])])


def _unlock(ctx, file: _File, version):
    """Below 1.10: remove each use_lockfile override, and report backends left without a lock."""
    for backend in file.s3_backends():
        if not file.has_lockfile_override(backend) and not has_dynamodb_lock(backend):
            yield ctx.finding(f"S3 backend without state locking: Terraform {version} locks S3 state "
                              "only through a DynamoDB table (dynamodbTable)", backend.node)
    for override in file.lockfile_overrides():
        yield _removal(ctx, override, version)


def own_statement(node: Node) -> Node | None:
    """The statement of a block that runs ``node`` whenever it runs, or None (the body of a
    braceless ``if``, a callback, ...)."""
    statement = ts.statement_of(node)
    if statement.type not in _SIMPLE_STATEMENTS or statement.parent.type not in _BLOCKS:
        return None
    between = itertools.takewhile(lambda a: a != statement, ts.ancestors(node))
    return None if any(a.type in _FUNCTIONS + _CLASSES for a in between) else statement


def _removal(ctx, override: Override, version):
    message = f"use_lockfile needs Terraform >= 1.10 (deploying with {version}): remove the override"
    statement = override.call.parent
    if statement is None or statement.type != "expression_statement" or statement.parent.type not in _BLOCKS:
        return ctx.finding(message + " (left as it is: the call is part of a larger statement)", override.call)
    return ctx.finding(message, override.call, [_remove_statement(ctx.source, statement)])


def _remove_statement(source: bytes, statement: Node) -> Edit:
    """Remove ``statement``: its whole line when it stands alone there (one of two surrounding blank
    lines goes too), else the statement and the spaces after it."""
    start, end = ts.line_start(source, statement.start_byte), ts.line_end(source, statement.end_byte)
    before, after = source[start:statement.start_byte], source[statement.end_byte:end]
    if before.strip() or (after.strip() and not after.strip().startswith(b"//")):
        stop = statement.end_byte
        while source[stop:stop + 1] in (b" ", b"\t"):
            stop += 1
        return Edit(statement.start_byte, stop, "")
    previous = source[ts.line_start(source, start - 1):start] if start else b"x"
    following = source[end:ts.line_end(source, end)]
    if not previous.strip() and not following.strip() and end < len(source):
        end = ts.line_end(source, end)
    return Edit(start, end, "")


# -- a stack without a backend ---------------------------------------------------------------------
def _add_backend(ctx, file: _File, stack: Node, name: Node, lockfile: bool):
    message = f"no state backend: {ts.text(name)} keeps its Terraform state on local disk"
    plan = _BackendPlan(ctx, file, stack)
    missing = plan.missing()
    if missing:
        return ctx.finding(f"{message}; add an S3Backend (no {missing} in scope to configure one)", name)
    fix = "add an S3Backend with state locking" if lockfile else "add an S3Backend"
    return ctx.finding(f"{message}: {fix}", name, plan.edits(lockfile), safety=Safety.OPINIONATED)


class _BackendPlan:
    """The catalog's S3 backend for one stack: the values it uses and where it goes."""

    def __init__(self, ctx, file: _File, stack: Node) -> None:
        self.ctx = ctx
        self.file = file
        self.constructor = self._constructor(stack)
        self.super_call = self._super_statement()
        self.id_name = self._id_parameter()
        self.values = self._values() if self.super_call is not None else {}

    def missing(self) -> str | None:
        """What keeps the backend from being written, in words; None when nothing does."""
        if self.super_call is None:
            return "constructor with a super(...) call"
        if self.id_name is None:
            return "stack id parameter"
        words = {"bucket": "state bucket", "region": "region", "suffix": "environment suffix"}
        lacking = [words[role] for role in words if role not in self.values]
        if len(lacking) > 1:
            return ", ".join(lacking[:-1]) + " or " + lacking[-1]
        return lacking[0] if lacking else None

    def edits(self, lockfile: bool) -> list[Edit]:
        namespace = self.file.cdktf_namespace
        if namespace is not None and not self.file.imports.local_name(CDKTF, "S3Backend"):
            backend_class, edits = f"{namespace}.S3Backend", []
        else:
            backend_class, edits = self.file.imports.add(CDKTF, "S3Backend")
        anchor = max([self.super_call] + [v.declared_by for v in self.values.values() if v.declared_by],
                     key=lambda n: n.end_byte)
        edits.append(statements.insert_after(self.ctx.source, anchor, self._lines(backend_class, anchor, lockfile)))
        return edits

    def _lines(self, backend_class: str, anchor: Node, lockfile: bool) -> list[str]:
        quote, semicolon = self.file.imports.quote, semicolon_of(anchor)
        unit = self._indent_unit()
        v = self.values
        lines = ["", f"new {backend_class}(this, {{",
                 f"{unit}bucket: {v['bucket'].expression},",
                 f"{unit}key: `${{{v['suffix'].expression}}}/${{{self.id_name}}}.tfstate`,",
                 f"{unit}region: {v['region'].expression},",
                 f"{unit}encrypt: true,",
                 f"}}){semicolon}"]
        if lockfile:
            lines.append(override_line("this", quote, semicolon))
        following = self.ctx.source[ts.line_end(self.ctx.source, anchor.end_byte):]
        next_line = following.split(b"\n", 1)[0].strip()
        if next_line and not next_line.startswith(b"}"):
            lines.append("")
        return lines

    def _indent_unit(self) -> str:
        source = self.ctx.source
        outer = ts.indentation_at(source, self.constructor.start_byte)
        inner = ts.indentation_at(source, self.super_call.start_byte)
        return inner[len(outer):] if inner.startswith(outer) and len(inner) > len(outer) else "  "

    # -- reading the constructor -------------------------------------------------------------------
    def _constructor(self, stack: Node) -> Node | None:
        for caps in ts.matches(self.ctx.language, _CONSTRUCTORS, stack):
            if caps["ctor"][0].parent.parent == stack:
                return caps["ctor"][0]
        return None

    def _body(self) -> Node | None:
        return self.constructor.child_by_field_name("body") if self.constructor is not None else None

    def _parameters(self) -> list[Node]:
        params = self.constructor.child_by_field_name("parameters")
        return [p for p in params.named_children if p.type in ("required_parameter", "optional_parameter")]

    def _super_statement(self) -> Node | None:
        body = self._body()
        for statement in body.named_children if body is not None else []:
            call = statement.named_children[0] if statement.type == "expression_statement" else None
            if call is not None and call.type == "call_expression" and call.child_by_field_name("function").type == "super":
                return statement
        return None

    def _id_parameter(self) -> str | None:
        params = self._parameters() if self.constructor is not None else []
        pattern = params[1].child_by_field_name("pattern") if len(params) > 1 else None
        return ts.text(pattern) if pattern is not None and pattern.type == "identifier" else None

    def _values(self) -> dict[str, Value]:
        """The bucket, region and suffix expressions found, by role (locals before props fields)."""
        fields = self._props_fields()
        locals_ = self._locals(fields)
        values = {}
        for role, names in _VALUE_NAMES.items():
            for name in names:
                value = locals_.get(name) or fields.get(name)
                if value is not None:
                    values[role] = value
                    break
        return values

    def _locals(self, fields: dict[str, Value]) -> dict[str, Value]:
        """Constants declared at the top of the constructor, by name, with their statement.

        A name destructured from the props without a default counts only when the field is
        required (an optional one may be undefined, which no backend field accepts).
        """
        props = {self._props_name()} - {None}
        found: dict[str, Value] = {}
        for statement in self._body().named_children:
            if statement.type not in ("lexical_declaration", "variable_declaration"):
                continue
            for declarator in (d for d in statement.named_children if d.type == "variable_declarator"):
                pattern = declarator.child_by_field_name("name")
                from_props = ts.text(declarator.child_by_field_name("value")) in props
                for local, field, bare in _bound_names(pattern):
                    if not (from_props and bare) or field in fields:
                        found[local] = Value(local, statement)
        return found

    def _props_name(self) -> str | None:
        params = self._parameters()
        pattern = params[2].child_by_field_name("pattern") if len(params) > 2 else None
        return ts.text(pattern) if pattern is not None and pattern.type == "identifier" else None

    def _props_fields(self) -> dict[str, Value]:
        """Required fields of the props parameter (a required one), as ``props.field``."""
        params, props = self._parameters(), self._props_name()
        if props is None or params[2].type != "required_parameter":
            return {}
        annotation = params[2].child_by_field_name("type")
        body = self._type_body(annotation.named_children[0]) if annotation is not None else None
        if body is None:
            return {}
        return {field: Value(f"{props}.{field}") for field in _required_fields(body)}

    def _type_body(self, type_node: Node) -> Node | None:
        if type_node.type == "object_type":
            return type_node
        if type_node.type != "type_identifier":
            return None
        for caps in ts.matches(self.ctx.language, _TYPES, self.ctx.tree.root_node):
            if ts.text(caps["name"][0]) == ts.text(type_node):
                return caps["body"][0]
        return None


def _required_fields(body: Node) -> list[str]:
    """Names of the non-optional property signatures of an interface body or object type."""
    return [ts.text(p.child_by_field_name("name")) for p in body.named_children
            if p.type == "property_signature" and not any(c.type == "?" for c in p.children)]


def _bound_names(pattern: Node | None) -> list[tuple[str, str, bool]]:
    """(local name, field, destructured without a default) for ``x`` and ``{ a, b = 1, c: d }``."""
    if pattern is None:
        return []
    if pattern.type == "identifier":
        return [(ts.text(pattern), ts.text(pattern), False)]
    if pattern.type != "object_pattern":
        return []
    found = []
    for entry in pattern.named_children:
        if entry.type == "shorthand_property_identifier_pattern":
            found.append((ts.text(entry), ts.text(entry), True))
        elif entry.type == "object_assignment_pattern":
            left = ts.text(entry.child_by_field_name("left"))
            found.append((left, left, False))
        elif entry.type == "pair_pattern" and entry.child_by_field_name("value").type == "identifier":
            key = objects.key_name(entry)
            found.append((ts.text(entry.child_by_field_name("value")), key, True))
    return found


TRANSFORM = StateLocking()
