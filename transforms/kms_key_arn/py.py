"""kms-key-arn-py (failure 2): a ``kms_key_id`` that must be a key ARN gets an alias or a bare key id (Python).

What it fixes
    The Python spelling of ``kms-key-arn``: on the resources whose docs describe ``kms_key_id``
    as the key's ARN (``DbInstance``, ``RdsCluster``, ``CloudwatchLogGroup``, ``EbsVolume``,
    ``EfsFileSystem``, ``Cloudtrail`` and the others of ``kms-key-arn``), a string literal that is
    not an ARN, such as ``"alias/aws/rds"`` or a bare key id, also through a local assigned such
    a string in the same function (``key = "alias/aws/rds"`` then ``kms_key_id=key``).

    When the enclosing function takes ``**kwargs`` (the usual stack signature), the value becomes
    ``kwargs.get("kms_key_id")``: the caller's key ARN when given, else ``None``, which leaves the
    setting out, so the resource uses the AWS-managed key. Otherwise the keyword is removed. A
    followed local is removed when nothing else uses it.

Why
    The provider validates these attributes as ARNs: ``Error: "kms_key_id" (alias/aws/rds) is an
    invalid ARN: arn: invalid prefix``. Leaving the key out gives the AWS-managed key, which is
    what ``alias/aws/...`` names anyway. (The Python responses studied use aliases only where the
    provider accepts them, on ``KinesisStream``; this keeps the TypeScript fix for Python code.)

Example
    def __init__(self, scope, construct_id, **kwargs):
        ...
        DbInstance(self, "db", storage_encrypted=True, kms_key_id="alias/aws/rds", ...)
    becomes
        DbInstance(self, "db", storage_encrypted=True, kms_key_id=kwargs.get("kms_key_id"), ...)

What it leaves alone
    ARNs (``"arn:aws:kms:..."``, alias ARNs too), expressions (``key.arn``), f-strings, empty
    strings, nested blocks (``root_block_device``), and the resources whose docs accept a key
    id or an alias (``SecretsmanagerSecret``, ``KinesisStream``, ...).

Fix safety
    Opinionated: the resource no longer names a key, so the key used is the caller's (when given)
    or the AWS-managed one.
"""
from __future__ import annotations

import libcst as cst

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import Checked, checked_values
from transforms.kms_key_arn import ARN_KMS_KEY_RESOURCES

KEYWORD = "kms_key_id"


class KmsKeyArnPy(Transform):
    id = "kms-key-arn-py"
    name = "KMS key ARN (Python)"
    failure = 2
    summary = "Replace a non-ARN kms_key_id (alias/aws/rds, a key id) by the caller's key or the AWS-managed key (Python)."
    safety = Safety.OPINIONATED
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            entry = checked.entries.get(KEYWORD) if checked.construct else None
            if entry is None or checked.class_name not in ARN_KMS_KEY_RESOURCES:
                continue
            value, assignment = _literal(idx, entry.value)
            if value and not value.startswith("arn:"):
                yield _fix(ctx, idx, checked, entry, value, assignment)


def _fix(ctx, idx: py.Index, checked: Checked, entry, value: str, assignment: cst.SimpleStatementLine | None):
    problem = f"{checked.class_name} {KEYWORD} '{value}' is not a KMS key ARN (the provider rejects it)"
    edits = _local_removal(ctx, idx, assignment, entry.value)
    kwargs = _kwargs_parameter(idx, checked.node)
    span = idx.span(entry.element)
    if kwargs is None:
        edits += py.remove_element(ctx.source, idx, checked.node, entry.element)
        return ctx.finding(f"{problem}; removed, so the AWS-managed key is used", span, edits)
    quote = py.quote_of(checked.node)
    edits.append(py.replace(idx, entry.value, f"{kwargs}.get({quote}{KEYWORD}{quote})"))
    return ctx.finding(f"{problem}; {kwargs}.get({quote}{KEYWORD}{quote}) is used when given, else the "
                       "AWS-managed key", span, edits)


def _literal(idx: py.Index, value: cst.BaseExpression) -> tuple[str | None, cst.SimpleStatementLine | None]:
    """The string of a literal value, or of the local it names (with that local's assignment)."""
    text = py.string_value(value)
    if text is not None or not isinstance(value, cst.Name):
        return text, None
    function = idx.enclosing(value, cst.FunctionDef)
    body = function.body.body if function is not None else idx.module.body
    found: tuple[str | None, cst.SimpleStatementLine | None] = (None, None)
    for statement in body:
        if idx.start(statement) >= idx.start(value):
            break
        if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
            small = statement.body[0]
            if isinstance(small, cst.Assign) and [py.dotted(t.target) for t in small.targets] == [(value.value,)]:
                found = (py.string_value(small.value), statement)
    return found


def _kwargs_parameter(idx: py.Index, node: cst.CSTNode) -> str | None:
    function = idx.enclosing(node, cst.FunctionDef)
    star = function.params.star_kwarg if function is not None else None
    return star.name.value if star is not None else None


def _local_removal(ctx, idx: py.Index, assignment: cst.SimpleStatementLine | None, use: cst.Name) -> list[Edit]:
    """The removal of a followed local's assignment when ``use`` is its only reference."""
    if assignment is None:
        return []
    scope = idx.enclosing(use, cst.FunctionDef) or idx.module
    target = assignment.body[0].targets[0].target
    references = [n for n in idx.names if n.value == use.value and n is not target
                  and idx.start(scope) <= idx.start(n) < idx.end(scope) and _is_value(idx, n)]
    if references != [use]:
        return []
    return [py.remove_statement(ctx.source, idx, assignment)]


def _is_value(idx: py.Index, name: cst.Name) -> bool:
    parent = idx.parent(name)
    return not (isinstance(parent, cst.Attribute) and parent.attr is name) and not (
        isinstance(parent, cst.Arg) and parent.keyword is name)


TRANSFORM = KmsKeyArnPy()
