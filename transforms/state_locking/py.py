"""state-locking-py (failure 4): lock the S3 state of every Python stack, or unlock it for old Terraform.

What it fixes
    The Python spelling of ``state-locking``, with the same ``terraform_version`` option (a
    value configured for ``state-locking`` applies here too, unless this transform sets its own;
    unconfigured, the version the project's ``.terraform-version`` or ``.tool-versions`` names):

    - From Terraform 1.10 on, an ``S3Backend(self, ...)`` (also ``cdktf.S3Backend``) with no
      ``terraform.backend.s3.use_lockfile`` override in its class gets
      ``self.add_override("terraform.backend.s3.use_lockfile", True)`` on the next line (the
      scope is the backend's first argument).
    - Below 1.10 it removes ``add_override("terraform.backend.s3.use_lockfile", ...)`` statements,
      whatever their value, with the comment lines right above them, since that Terraform cannot
      read the setting.
    - A ``TerraformStack`` subclass with no backend gets the catalog's ``S3Backend`` (and, from
      1.10, the override) after its ``super().__init__(...)`` call and the assignments of the
      values it uses, when its ``__init__`` assigns a state bucket (``state_bucket``), a region
      (``state_bucket_region``, ``aws_region`` or ``region``) and an environment suffix
      (``environment_suffix``), as locals or as ``self.`` attributes. Without them the stack is
      reported.

Why
    Without a lock two deployments can write the same state at once and corrupt it; CDKTF's
    ``S3Backend`` has no setting for S3 native locking, hence the escape hatch. ``use_lockfile``
    exists since Terraform 1.10: an older ``terraform init`` fails with "No argument or block
    type is named use_lockfile" (set ``terraform_version`` to the version that deploys).

Example
    S3Backend(self, bucket=state_bucket, key=f"{environment_suffix}/{construct_id}.tfstate",
              region=state_bucket_region, encrypt=True)
    gains, on the next line,
    self.add_override("terraform.backend.s3.use_lockfile", True)

What it leaves alone
    From 1.10 on, an existing ``use_lockfile`` override in the same class, whatever its value;
    a backend that sets ``dynamodb_table`` (DynamoDB locks that state); other backends; a
    backend that is not a statement of its own (reported); below 1.10, an override that is part
    of a larger statement (reported), and a backend without a DynamoDB lock (reported).

Fix safety
    Safe: adding or removing the override describes the same infrastructure. Opinionated:
    adding a whole backend moves where the state is kept (``terraform init -migrate-state``).
"""
from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Option, Transform
from codemods.python import syntax as py
from codemods.typescript.syntax import indentation_at, line_end, line_start
from transforms.state_locking import LOCKFILE_PATH, deploying_version, supports_lockfile

CDKTF = "cdktf"
BACKEND = (CDKTF, "S3Backend")
STACK = (CDKTF, "TerraformStack")
OVERRIDE = "add_override"
# The values the catalog's backend needs, and the names they go by (most specific first).
VALUE_NAMES = {
    "bucket": ("state_bucket", "state_bucket_name", "terraform_state_bucket", "tf_state_bucket"),
    "region": ("state_bucket_region", "aws_region", "region"),
    "suffix": ("environment_suffix",),
}
_WORDS = {"bucket": "state bucket", "region": "region", "suffix": "environment suffix"}


@dataclass(frozen=True)
class _Override:
    """A ``scope.add_override("terraform.backend...", value)`` call."""

    call: cst.Call
    scope: str
    path: str
    region: cst.CSTNode


class StateLockingPy(Transform):
    id = "state-locking-py"
    name = "S3 backend state locking (Python)"
    failure = 4
    summary = "Lock S3 backend state with the use_lockfile override (Python); remove it below Terraform 1.10."
    safety = Safety.SAFE
    languages = ("python",)
    options_of = "state-locking"
    options = {
        "terraform_version": Option(
            "1.10", "Terraform version that deploys the stacks; use_lockfile needs 1.10 or later."
        )
    }

    def check(self, ctx):
        version = deploying_version(ctx)
        lockfile = supports_lockfile(version)
        file = _File(ctx)
        yield from (_lock(ctx, file) if lockfile else _unlock(ctx, file, version))
        for stack in file.stacks_without_backend():
            yield _add_backend(ctx, file, stack, lockfile)


class _File:
    """What the transform reads from one module: backends, overrides and stacks."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.imports = ctx.imports
        self.idx = self.imports.idx
        self.overrides = [o for o in map(self._override, self.idx.calls_of({OVERRIDE})) if o is not None]

    def region_of(self, node: cst.CSTNode) -> cst.CSTNode:
        """The class (else function, else module) that a backend and its override must share."""
        return self.idx.enclosing(node, cst.ClassDef) or self.idx.enclosing(node, cst.FunctionDef) or self.ctx.tree

    def _override(self, call: py.Call) -> _Override | None:
        if len(call.path) < 2 or not call.node.args:
            return None
        path = py.string_value(call.node.args[0].value)
        if path is None or not path.startswith("terraform.backend"):
            return None
        scope = ".".join(call.path[:-1])
        return _Override(call.node, scope, path, self.region_of(call.node))

    def backends(self) -> list[py.Call]:
        """Every call of cdktf's ``S3Backend`` (through any import of it)."""
        return [c for c in self.idx.calls if self.imports.qualified(c.path) == BACKEND]

    def lockfile_overrides(self) -> list[_Override]:
        return [o for o in self.overrides if o.path == LOCKFILE_PATH]

    def has_lockfile_override(self, backend: py.Call) -> bool:
        scope, region = self.scope_of(backend), self.region_of(backend.node)
        return any(o.scope == scope and o.region is region for o in self.lockfile_overrides())

    def scope_of(self, backend: py.Call) -> str:
        return self.idx.text(self.ctx.source, backend.positional[0].value) if backend.positional else "self"

    def stacks_without_backend(self) -> list[cst.ClassDef]:
        """TerraformStack subclasses with no backend and no backend override."""
        regions = {id(self.region_of(b.node)) for b in self.backends()} | {id(o.region) for o in self.overrides}
        found = []
        for node in self.ctx.tree.body:
            if isinstance(node, cst.ClassDef) and id(node) not in regions and any(
                    py.dotted(b.value) and self.imports.qualified(py.dotted(b.value)) == STACK for b in node.bases):
                found.append(node)
        return found


def _own_statement(idx: py.Index, call: cst.Call) -> cst.SimpleStatementLine | None:
    """The statement line that is ``call`` alone (or assigns it), or None."""
    parent = idx.parent(call)
    if isinstance(parent, (cst.Expr, cst.Assign, cst.AnnAssign)):
        line = idx.parent(parent)
        if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1:
            return line
    return None


def _lock(ctx, file: _File):
    message = "S3 backend without state locking: add the use_lockfile override"
    locked: set[tuple[int, str]] = set()
    for backend in file.backends():
        if file.has_lockfile_override(backend) or "dynamodb_table" in backend.keywords:
            continue
        statement = _own_statement(file.idx, backend.node)
        scope = file.scope_of(backend)
        span = file.idx.span(backend.node)
        if statement is None:
            yield ctx.finding(message + " (left as it is: the backend is not a statement of its own)", span)
        elif (id(file.region_of(backend.node)), scope) not in locked:
            locked.add((id(file.region_of(backend.node)), scope))
            line = _override_line(scope, py.quote_of(statement))
            yield ctx.finding(message, span, [py.insert_after_statement(ctx.source, file.idx, statement, [line])])


def _override_line(scope: str, quote: str) -> str:
    return f"{scope}.{OVERRIDE}({quote}{LOCKFILE_PATH}{quote}, True)"


def _unlock(ctx, file: _File, version):
    for backend in file.backends():
        if not file.has_lockfile_override(backend) and "dynamodb_table" not in backend.keywords:
            yield ctx.finding(f"S3 backend without state locking: Terraform {version} locks S3 state only "
                              "through a DynamoDB table (dynamodb_table)", file.idx.span(backend.node))
    for override in file.lockfile_overrides():
        message = f"use_lockfile needs Terraform >= 1.10 (deploying with {version}): remove the override"
        statement = _own_statement(file.idx, override.call)
        span = file.idx.span(override.call)
        if statement is None:
            yield ctx.finding(message + " (left as it is: the call is part of a larger statement)", span)
        else:
            yield ctx.finding(message, span, [_remove_with_comments(ctx.source, file.idx, statement)])


def _remove_with_comments(source: bytes, idx: py.Index, statement: cst.SimpleStatementLine) -> Edit:
    """Remove a statement line with the comment lines right above it; when blank lines surround
    what goes, one of them goes too."""
    removal = py.remove_statement(source, idx, statement)
    start = removal.start
    while start > 0:
        previous = line_start(source, start - 1)
        if not source[previous:start].lstrip().startswith(b"#"):
            break
        start = previous
    end = removal.end
    before = source[line_start(source, start - 1):start] if start else b"x"
    after = source[end:line_end(source, end)]
    if not before.strip() and not after.strip() and end < len(source):
        end = line_end(source, end)
    return Edit(start, end, "")


# -- a stack without a backend ---------------------------------------------------------------------
def _add_backend(ctx, file: _File, stack: cst.ClassDef, lockfile: bool):
    message = f"no state backend: {stack.name.value} keeps its Terraform state on local disk"
    plan = _BackendPlan(ctx, file, stack)
    missing = plan.missing()
    span = file.idx.span(stack.name)
    if missing:
        return ctx.finding(f"{message}; add an S3Backend (no {missing} in scope to configure one)", span)
    fix = "add an S3Backend with state locking" if lockfile else "add an S3Backend"
    return ctx.finding(f"{message}: {fix}", span, plan.edits(lockfile), safety=Safety.OPINIONATED)


class _BackendPlan:
    """The catalog's S3 backend for one stack: the values it uses and where it goes."""

    def __init__(self, ctx, file: _File, stack: cst.ClassDef) -> None:
        self.ctx = ctx
        self.file = file
        self.init = next((s for s in stack.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "__init__"),
                         None)
        self.statements = list(self.init.body.body) if self.init is not None else []
        self.super_call = next((s for s in self.statements if _is_super_init(s)), None)
        params = [p.name.value for p in self.init.params.params] if self.init is not None else []
        self.id_name = params[2] if len(params) > 2 else None
        self.values = self._values() if self.super_call is not None else {}

    def missing(self) -> str | None:
        """What keeps the backend from being written, in words; None when nothing does."""
        if self.super_call is None:
            return "__init__ with a super().__init__(...) call"
        if self.id_name is None:
            return "stack id parameter"
        lacking = [_WORDS[role] for role in _WORDS if role not in self.values]
        if len(lacking) > 1:
            return ", ".join(lacking[:-1]) + " or " + lacking[-1]
        return lacking[0] if lacking else None

    def edits(self, lockfile: bool) -> list[Edit]:
        backend, edits = self.file.imports.add(CDKTF, "S3Backend")
        anchor = max([self.super_call] + [statement for _, statement in self.values.values()],
                     key=self.file.idx.start)
        lines = self._lines(backend, lockfile)
        following = self.ctx.source[line_end(self.ctx.source, self.file.idx.end(anchor)):]
        if following.split(b"\n", 1)[0].strip():
            lines.append("")
        edits.append(py.insert_after_statement(self.ctx.source, self.file.idx, anchor, lines))
        return edits

    def _lines(self, backend: str, lockfile: bool) -> list[str]:
        quote = py.quote_of(self.init)
        unit = _indent_unit(self.ctx.source, self.file.idx, self.init)
        bucket, region, suffix = (self.values[role][0] for role in ("bucket", "region", "suffix"))
        lines = ["", f"{backend}(", f"{unit}self,", f"{unit}bucket={bucket},",
                 f"{unit}key=f{quote}{{{suffix}}}/{{{self.id_name}}}.tfstate{quote},",
                 f"{unit}region={region},", f"{unit}encrypt=True,", ")"]
        if lockfile:
            lines.append(_override_line("self", quote))
        return lines

    def _values(self) -> dict[str, tuple[str, cst.CSTNode]]:
        """The bucket, region and suffix expressions assigned in ``__init__``, with their statements."""
        assigned: dict[str, cst.CSTNode] = {}
        for statement in self.statements:
            for target in _assigned_names(statement):
                assigned.setdefault(target, statement)
        values = {}
        for role, names in VALUE_NAMES.items():
            for name in names:
                for expression in (name, f"self.{name}"):
                    if expression in assigned and role not in values:
                        values[role] = (expression, assigned[expression])
        return values


def _is_super_init(statement: cst.CSTNode) -> bool:
    if not isinstance(statement, cst.SimpleStatementLine) or not isinstance(statement.body[0], cst.Expr):
        return False
    call = statement.body[0].value
    func = call.func if isinstance(call, cst.Call) else None
    return isinstance(func, cst.Attribute) and func.attr.value == "__init__" and isinstance(func.value, cst.Call) \
        and py.dotted(func.value.func) == ("super",)


def _assigned_names(statement: cst.CSTNode) -> list[str]:
    """``x`` and ``self.x`` targets of an assignment statement line."""
    if not isinstance(statement, cst.SimpleStatementLine):
        return []
    found = []
    for small in statement.body:
        targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else (
            [small.target] if isinstance(small, cst.AnnAssign) and small.value is not None else [])
        found += [".".join(path) for path in map(py.dotted, targets) if path is not None]
    return found


def _indent_unit(source: bytes, idx: py.Index, function: cst.FunctionDef) -> str:
    outer = indentation_at(source, idx.start(function))
    inner = indentation_at(source, idx.start(function.body.body[0]))
    return inner[len(outer):] if inner.startswith(outer) and len(inner) > len(outer) else "    "


TRANSFORM = StateLockingPy()
