"""bucket-encryption-py (failure 10): give every S3 bucket a server-side encryption configuration (Python).

What it fixes
    The Python spelling of ``bucket-encryption``: an ``S3Bucket`` with neither an inline
    ``server_side_encryption_configuration`` nor an ``S3BucketServerSideEncryptionConfigurationA``
    (or a misspelled ``S3BucketServerSideEncryptionConfiguration``, ``...V2``, ``S3BucketEncryption``)
    whose ``bucket`` reads ``<bucket>.id`` or ``<bucket>.bucket`` in the same file. It gets an
    ``S3BucketServerSideEncryptionConfigurationA`` with ``AES256`` right after the bucket
    statement, with the construct id ``<bucket id>-encryption`` (an f-string id gets the suffix
    inside it, so each loop iteration has its own; a plain id is made unique in the file), the
    bucket's scope and ``provider`` (so that it lands in the bucket's region), and the import. A
    bucket that is not assigned is first assigned to a variable named after its id
    (``"logs"`` -> ``logs_bucket``).

Why
    A bucket without a default encryption rule fails most security baselines; the rule is a
    separate resource since provider 4, and costs nothing with S3-managed keys.

Example
    logs = S3Bucket(self, "logs", bucket="app-logs")
    becomes
    logs = S3Bucket(self, "logs", bucket="app-logs")
    S3BucketServerSideEncryptionConfigurationA(
        self,
        "logs-encryption",
        bucket=logs.id,
        rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
    )

What it leaves alone
    Buckets whose call passes ``**kwargs`` (it may carry the inline rule), and buckets whose id
    is neither a string nor an f-string. A bucket created where no statement can follow it
    (inside a list, a ``return``, a lambda) is reported. An encryption resource in another file,
    or one that names the bucket another way, is not seen: such a bucket gets a second rule.

Fix safety
    Opinionated: a new resource is deployed (new objects are encrypted with S3-managed keys).
"""
from __future__ import annotations

import re

import libcst as cst

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.imports import Imports
from codemods.python.provider import PACKAGE, ProviderCall, provider_calls, resolve
from codemods.typescript.syntax import indentation_at
from transforms.bucket_encryption import CLASS, ENCRYPTION_CLASSES

MODULE = f"{PACKAGE}.s3_bucket_server_side_encryption_configuration"
INLINE_RULE = "server_side_encryption_configuration"
SUFFIX = "-encryption"


class BucketEncryptionPy(Transform):
    id = "bucket-encryption-py"
    name = "Bucket encryption (Python)"
    failure = 10
    summary = "Add an AES256 S3BucketServerSideEncryptionConfigurationA to every S3 bucket without one (Python)."
    safety = Safety.OPINIONATED
    provider_majors = CATALOG_MAJORS
    languages = ("python",)

    def check(self, ctx):
        imports = ctx.imports
        calls = provider_calls(imports)
        plan = _Plan(ctx, imports, calls)
        encrypted = _encrypted_references(ctx.source, imports, calls)
        for target in calls:
            call = target.call
            if _resolved_name(ctx, target) != "S3Bucket" or not call.is_construct or not _needs_rule(call):
                continue
            reference = _reference(ctx.source, imports.idx, call)
            if reference is None or reference not in encrypted:
                yield plan.finding(call, reference)


def _resolved_name(ctx, target: ProviderCall) -> str | None:
    resolved = resolve(ctx.catalog, target.module, target.name, target.call.is_construct)
    return resolved[1] if resolved is not None else target.name


def _encrypted_references(source: bytes, imports: Imports, calls: list[ProviderCall]) -> set[str]:
    """The bucket expressions (``logs``, ``self.logs``) that an encryption resource names."""
    found = set()
    for target in calls:
        bucket = target.call.keywords.get("bucket") if target.name in ENCRYPTION_CLASSES else None
        value = bucket.value if bucket is not None else None
        if isinstance(value, cst.Attribute) and value.attr.value in ("id", "bucket"):
            found.add(_compact(imports.idx.text(source, value.value)))
    return found


def _compact(text: str) -> str:
    return "".join(text.split())


def _needs_rule(call: py.Call) -> bool:
    return not call.has_unpacking and INLINE_RULE not in call.keywords


def _reference(source: bytes, idx: py.Index, call: py.Call) -> str | None:
    """How code refers to the bucket: what it is assigned to (``logs``, ``self.buckets[name]``)."""
    holder = idx.parent(call.node)
    if isinstance(holder, cst.Assign):
        target = holder.targets[0].target
    elif isinstance(holder, cst.AnnAssign):
        target = holder.target
    else:
        return None
    return _compact(idx.text(source, target)) if not isinstance(target, (cst.Tuple, cst.List)) else None


def _snake_case(text: str) -> str:
    """``app-logs`` -> ``app_logs``, ``SecProject-Logs`` -> ``sec_project_logs``."""
    words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", text)
    return "_".join(w.lower() for w in words)


class _Plan:
    """The edits of one pass: new statements, fresh construct ids and variable names, the import."""

    def __init__(self, ctx, imports: Imports, calls: list[ProviderCall]) -> None:
        self.ctx = ctx
        self.imports = imports
        self.idx = imports.idx
        self.ids = {py.string_value(c.call.positional[1].value) for c in calls if c.call.is_construct} - {None}
        self.names: set[str] = set()

    def finding(self, call: py.Call, reference: str | None):
        id_node = call.positional[1].value
        label = self.idx.text(self.ctx.source, id_node)
        statement = self._statement(call)
        new_id = self._derived_id(id_node)
        if statement is None or new_id is None:
            reason = "it is not assigned where a statement can follow it" if statement is None else \
                "its id is not a string"
            return self.ctx.finding(f"S3Bucket {label} has no encryption configuration; {reason}",
                                    self.idx.span(call.node))
        edits = []
        if reference is None:
            reference = self._variable_name(id_node)
            edits.append(Edit(self.idx.start(statement), self.idx.start(statement), f"{reference} = "))
        local, import_edits = self.imports.add(MODULE, CLASS)
        edits += import_edits
        lines = self._rule_lines(call, statement, local, reference, new_id)
        edits.append(py.insert_after_statement(self.ctx.source, self.idx, statement, lines))
        return self.ctx.finding(f"S3Bucket {label}: add a server-side encryption configuration (AES256)",
                                self.idx.span(call.node), edits)

    def _statement(self, call: py.Call) -> cst.SimpleStatementLine | None:
        """The statement line that is the bucket call alone, or assigns it."""
        parent = self.idx.parent(call.node)
        if isinstance(parent, (cst.Expr, cst.Assign, cst.AnnAssign)):
            line = self.idx.parent(parent)
            if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1:
                return line
        return None

    def _derived_id(self, node: cst.BaseExpression) -> str | None:
        """The id with ``-encryption`` appended, as code; a plain id is made unique in the file."""
        value = py.string_value(node)
        if isinstance(node, cst.SimpleString) and value is not None:
            new, n = value + SUFFIX, 2
            while new in self.ids:
                new, n = f"{value}{SUFFIX}{n}", n + 1
            self.ids.add(new)
            return f"{node.quote}{new}{node.quote}"
        if isinstance(node, cst.FormattedString):
            return f"{node.start}{self.idx.text(self.ctx.source, node)[len(node.start):-len(node.end)]}{SUFFIX}{node.end}"
        return None

    def _variable_name(self, id_node: cst.BaseExpression) -> str:
        """``<snake_case of the id>_bucket`` (``bucket`` for an id that is not plain), unused."""
        base = _snake_case(py.string_value(id_node) or "")
        base = base if base.endswith("bucket") else (f"{base}_bucket" if base else "bucket")
        if not base[:1].isalpha():
            base = "bucket_" + base
        name = self.imports.fresh_name(base, self.names)
        self.names.add(name)
        return name

    def _rule_lines(self, call: py.Call, statement, local: str, reference: str, new_id: str) -> list[str]:
        quote = py.quote_of(call.node)
        unit = _indent_unit(self.ctx.source, self.idx, call)
        scope = self.idx.text(self.ctx.source, call.positional[0].value)
        lines = [f"{local}(", f"{unit}{scope},", f"{unit}{new_id},", f"{unit}bucket={reference}.id,"]
        provider = call.keywords.get("provider")
        if provider is not None:
            lines.append(f"{unit}provider={self.idx.text(self.ctx.source, provider.value)},")
        key, by_default, algorithm = (f"{quote}{k}{quote}" for k in (
            "apply_server_side_encryption_by_default", "sse_algorithm", "AES256"))
        lines += [f"{unit}rule=[{{{key}: {{{by_default}: {algorithm}}}}}],", ")"]
        return lines


def _indent_unit(source: bytes, idx: py.Index, call: py.Call) -> str:
    """The indentation the bucket call gives its arguments (four spaces when it has one line)."""
    outer = indentation_at(source, idx.start(call.node))
    for arg in call.node.args:
        inner = indentation_at(source, idx.start(arg))
        if b"\n" in source[idx.start(call.node):idx.start(arg)] and inner.startswith(outer) and len(inner) > len(outer):
            return inner[len(outer):]
    return "    "


TRANSFORM = BucketEncryptionPy()
