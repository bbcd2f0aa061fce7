"""bucket-encryption (failure 10): give every S3 bucket a server-side encryption configuration.

What it fixes
    An ``S3Bucket`` with neither an inline ``serverSideEncryptionConfiguration`` nor an
    ``S3BucketServerSideEncryptionConfigurationA`` (or the misspelled
    ``S3BucketServerSideEncryptionConfiguration``, ``...V2`` or ``S3BucketEncryption``) whose
    ``bucket`` reads ``<bucket>.id`` or ``<bucket>.bucket`` anywhere in the same file. It gets an
    ``S3BucketServerSideEncryptionConfigurationA`` with ``AES256`` right after the bucket
    statement, with the construct id ``<bucket id>-encryption`` (made unique in the file), the
    bucket's scope and ``provider`` (so that it lands in the bucket's region), and the import. A
    bucket that is not assigned is first assigned to a ``const`` named after its id
    (``'logs'`` -> ``logsBucket``). In a loop or a callback with a block body, the new resource
    goes into the same body, and its id follows the bucket's (a template id gets ``-encryption``
    before its closing backtick), so each iteration gets its own.

Why
    A bucket without a default encryption rule fails most security baselines; the rule is a
    separate resource since provider 4, and costs nothing with S3-managed keys.

Example
    const logs = new S3Bucket(this, 'logs', { bucket: 'app-logs' });
    becomes
    const logs = new S3Bucket(this, 'logs', { bucket: 'app-logs' });
    new S3BucketServerSideEncryptionConfigurationA(this, 'logs-encryption', {
      bucket: logs.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: 'AES256',
          },
        },
      ],
    });

What it leaves alone
    Buckets whose config is not an object literal or has a spread (it may carry the inline
    rule). A bucket created where no statement can follow it (an expression-bodied arrow
    function, a class field, an argument, a ``return``) is reported, not rewritten. An encryption
    resource in another file, or one that names the bucket another way, is not seen: such a
    bucket gets a second rule.

Fix safety
    Opinionated: a new resource is deployed (new objects are encrypted with S3-managed keys).
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.catalog.packages import AWS_NPM, CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import companions, objects
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports
from codemods.typescript.objects import Construction
from codemods.typescript.statements import insert_after
from transforms.bucket_encryption import CLASS, ENCRYPTION_CLASSES

MODULE = "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration"
PROVIDER_PACKAGE = AWS_NPM
INLINE_RULE = "serverSideEncryptionConfiguration"


class BucketEncryption(Transform):
    id = "bucket-encryption"
    name = "Bucket encryption"
    failure = 10
    summary = "Add an AES256 S3BucketServerSideEncryptionConfigurationA to every S3 bucket without one."
    safety = Safety.OPINIONATED
    provider_majors = CATALOG_MAJORS
    requires = (b"S3Bucket",)

    def check(self, ctx):
        root = ctx.tree.root_node
        every = objects.constructions(ctx.language, root)
        plan = _Plan(ctx, every)
        encrypted = _encrypted_references(every, _encryption_class_names(plan.imports))
        for bucket in every:
            if bucket.class_name != "S3Bucket" or not _needs_rule(bucket):
                continue
            reference = companions.reference_of(bucket)
            if reference is not None and reference in encrypted:
                continue
            yield plan.finding(bucket, reference)


def _encryption_class_names(imports: Imports) -> set[str]:
    """The names encryption classes go by in this file, with import aliases."""
    aliases = {b.local for s in imports.statements for b in s.named if b.name in ENCRYPTION_CLASSES}
    return ENCRYPTION_CLASSES | aliases


def _encrypted_references(constructions: list[Construction], class_names: set[str]) -> set[str]:
    """The bucket expressions (``logs``, ``this.logs``) that an encryption resource names."""
    found = set()
    for construction in constructions:
        if construction.class_name in class_names and construction.config is not None:
            value = ts.unwrap(objects.value_of(objects.properties(construction.config).get("bucket")))
            if value is not None and value.type == "member_expression" and \
                    ts.text(value.child_by_field_name("property")) in ("id", "bucket"):
                found.add(companions.compact(value.child_by_field_name("object")))
    return found


def _needs_rule(bucket: Construction) -> bool:
    config = bucket.config
    if config is None or any(m.type == "spread_element" for m in objects.members(config)):
        return False
    return INLINE_RULE not in objects.properties(config)


class _Plan:
    """The edits for one pass: new statements, fresh construct ids and variable names, the import."""

    def __init__(self, ctx, constructions: list[Construction]) -> None:
        self.ctx = ctx
        self.imports = ctx.imports
        self.ids = {companions.id_key(c.arguments[1]) for c in constructions if len(c.arguments) > 1}
        self.names: set[str] = set()

    def finding(self, bucket: Construction, reference: str | None):
        label = ts.text(bucket.arguments[1]) if len(bucket.arguments) > 1 else "(no id)"
        statement = companions.statement_holding(bucket, reference)
        if statement is None or len(bucket.arguments) < 2:
            return self.ctx.finding(f"S3Bucket {label} has no encryption configuration; it is not assigned "
                                    "where a statement can follow it", bucket.node)
        edits = []
        if reference is None:
            reference = self._variable_name(bucket)
            edits.append(Edit(statement.start_byte, statement.start_byte, f"const {reference} = "))
        local, import_edits = self._class_name()
        edits += import_edits
        lines = self._rule_lines(bucket, statement, local, reference)
        edits.append(insert_after(self.ctx.source, statement, lines))
        return self.ctx.finding(f"S3Bucket {label}: add a server-side encryption configuration (AES256)",
                                bucket.node, edits)

    def _class_name(self) -> tuple[str, list[Edit]]:
        """The local name of the encryption class: an existing provider import of it, else a new one."""
        for statement in self.imports.statements:
            if statement.module.startswith(PROVIDER_PACKAGE) and not statement.type_only:
                for binding in statement.named:
                    if binding.name == CLASS:
                        return binding.local, []
        return self.imports.add(MODULE, CLASS)

    def _variable_name(self, bucket: Construction) -> str:
        """``<camelCase of the id>Bucket`` (``bucket`` for an id that is not a plain string), unused."""
        base = companions.camel_case(ts.string_value(bucket.arguments[1]) or "")
        if not base[:1].isalpha():
            base = "bucket" + base[:1].upper() + base[1:]
        if not base.lower().endswith("bucket"):
            base += "Bucket"
        name = self.imports.fresh_name(base, self.names)
        self.names.add(name)
        return name

    def _construct_id(self, bucket: Construction, quote: str) -> str:
        """``<bucket id>-encryption`` in the id's own form, with ``-2``, ``-3``... when taken."""
        node = ts.unwrap(bucket.arguments[1])
        n = 1
        while True:
            text, key = companions.derived_id(node, "-encryption" if n == 1 else f"-encryption-{n}", quote)
            if key not in self.ids:
                self.ids.add(key)
                return text
            n += 1

    def _rule_lines(self, bucket: Construction, statement: Node, local: str, reference: str) -> list[str]:
        """The new statement in the catalog's layout, with the file's indentation, quotes and commas."""
        config = bucket.config
        quote = ts.quote_near(self.ctx.language, bucket.node, self.imports.quote)
        step = ts.indent_step(self.ctx.source, config)
        comma = "," if b"\n" not in config.text or ts.has_trailing_comma(config) else ""
        semicolon = ";" if ts.text(statement).rstrip().endswith(";") else ""
        scope = ts.text(bucket.arguments[0])
        provider = objects.copyable_provider(self.ctx.language, self.ctx.tree.root_node, config)
        lines = [f"new {local}({scope}, {self._construct_id(bucket, quote)}, {{"]
        if provider is not None:
            lines.append(f"{step}provider: {ts.text(provider)},")
        lines += [
            f"{step}bucket: {reference}.id,",
            f"{step}rule: [",
            f"{step * 2}{{",
            f"{step * 3}applyServerSideEncryptionByDefault: {{",
            f"{step * 4}sseAlgorithm: {quote}AES256{quote}{comma}",
            f"{step * 3}}}{comma}",
            f"{step * 2}}}{comma}",
            f"{step}]{comma}",
            f"}}){semicolon}",
        ]
        return lines


TRANSFORM = BucketEncryption()
