"""logs-permissions-py (failure 12): give CloudWatch Logs statements the explicit action list (Python).

What it fixes
    The Python spelling of ``logs-permissions``: an IAM policy statement that allows CloudWatch
    Logs actions (``logs:*`` or some ``logs:`` actions) on ``arn:aws:logs:*:*:*`` gets the
    explicit list

        logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents,
        logs:DescribeLogGroups, logs:DescribeLogStreams

    (other specific ``logs:`` actions it granted are kept after them) on ``"Resource": "*"``. It
    looks at the statements of every dict with a ``"Statement"`` list (what ``json.dumps``
    turns into a policy) and at the ``statement`` list of ``DataAwsIamPolicyDocument``, as dicts
    or ``DataAwsIamPolicyDocumentStatement(...)`` calls (there the resource becomes
    ``resources=["*"]``). The statement's other entries, its layout and quotes are kept.

Why
    Models grant log writers either a partial list (without ``DescribeLogGroups`` and
    ``DescribeLogStreams``, which agents and log shippers call before they write) or ``logs:*``
    (which also deletes groups), on an ARN that looks scoped but matches every log resource of
    every account and region anyway. The catalog's form names what a log writer needs, on ``*``.

Example
    {"Effect": "Allow",
     "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": "arn:aws:logs:*:*:*"}
    becomes
    {"Effect": "Allow",
     "Action": ["logs:CreateLogGroup", ..., "logs:DescribeLogStreams"],
     "Resource": "*"}

What it leaves alone
    Statements that also grant other services, deny, name other resources next to the logs
    wildcard, or build actions or resources from variables; resources scoped to a log group; an
    action list with comments in it (reported: its comments would be lost).

Fix safety
    Opinionated: the role's permissions change (the describe actions are added, ``logs:*``
    shrinks to the list) towards the catalog's form.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst

from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import checked_values
from codemods.typescript.syntax import indentation_at
from transforms.logs_permissions import LOG_ACTIONS, WILDCARD_LOGS_ARN

DOCUMENT = "DataAwsIamPolicyDocument"


@dataclass(frozen=True)
class _Form:
    """The key names of one way of writing a policy statement."""

    statement: str
    effect: str
    action: str
    resource: str
    resource_list: bool  # whether the resource is written as a list


JSON_FORM = _Form("Statement", "Effect", "Action", "Resource", resource_list=False)
DOCUMENT_FORM = _Form("statement", "effect", "actions", "resources", resource_list=True)


class LogsPermissionsPy(Transform):
    id = "logs-permissions-py"
    name = "Logs permissions (Python)"
    failure = 12
    summary = "Grant CloudWatch Logs statements the explicit log actions on '*' instead of arn:aws:logs:*:*:* (Python)."
    safety = Safety.OPINIONATED
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        for statement in _json_statements(ctx.tree):
            yield from _check_statement(ctx, idx, statement, JSON_FORM)
        for statement in _document_statements(ctx):
            yield from _check_statement(ctx, idx, statement, DOCUMENT_FORM)


def _json_statements(module: cst.Module) -> Iterator[cst.Dict]:
    """The statement dicts of every dict with a ``"Statement"`` entry."""
    found: list[cst.Dict] = []

    class _Policies(cst.CSTVisitor):
        def visit_Dict(self, node: cst.Dict) -> None:
            entry = py.dict_entries(node).get(JSON_FORM.statement)
            if entry is not None:
                found.extend(_statement_nodes(entry.value))

    module.visit(_Policies())
    return iter(found)


def _document_statements(ctx) -> Iterator[cst.Dict | cst.Call]:
    for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
        entry = checked.entries.get(DOCUMENT_FORM.statement) if checked.class_name == DOCUMENT else None
        if entry is not None:
            yield from _statement_nodes(entry.value)


def _statement_nodes(value: cst.BaseExpression) -> list[cst.Dict | cst.Call]:
    if isinstance(value, (cst.Dict, cst.Call)):
        return [value]
    if isinstance(value, (cst.List, cst.Tuple)):
        return [e.value for e in value.elements if isinstance(e.value, (cst.Dict, cst.Call))]
    return []


def _entries(statement: cst.Dict | cst.Call) -> dict[str, cst.BaseExpression]:
    """The statement's values by key (string keys of a dict, keywords of a call)."""
    if isinstance(statement, cst.Dict):
        return {k: e.value for k, e in py.dict_entries(statement).items()}
    return {a.keyword.value: a.value for a in statement.args if a.keyword is not None}


def _check_statement(ctx, idx: py.Index, statement: cst.Dict | cst.Call, form: _Form):
    entries = _entries(statement)
    action, resource = entries.get(form.action), entries.get(form.resource)
    actions, resources = _strings(action), _strings(resource)
    effect = entries.get(form.effect)
    if (
        not actions or not all(a.startswith("logs:") for a in actions)
        or not resources or set(resources) != {WILDCARD_LOGS_ARN}
        or (effect is not None and _strings(effect) != ["Allow"])
    ):
        return
    span = idx.span(statement)
    if _has_comments(action):
        yield ctx.finding(f"logs actions on {WILDCARD_LOGS_ARN}: the action list has comments, so it is left "
                          "for a person to rewrite", span)
        return
    quote = py.quote_of(resource)
    wanted = list(LOG_ACTIONS) + [a for a in dict.fromkeys(actions) if a not in LOG_ACTIONS and a != "logs:*"]
    star = f"{quote}*{quote}"
    edits = [
        py.replace(idx, action, _action_list(ctx.source, idx, statement, action, wanted, quote)),
        py.replace(idx, resource, f"[{star}]" if form.resource_list else star),
    ]
    yield ctx.finding(
        f"logs actions on {WILDCARD_LOGS_ARN}: grant {', '.join(a.split(':')[1] for a in LOG_ACTIONS)} on '*'",
        span, edits)


def _strings(value: cst.BaseExpression | None) -> list[str] | None:
    """The values of a string literal or of a list of string literals; None for anything else."""
    if isinstance(value, (cst.List, cst.Tuple)):
        values = [py.string_value(e.value) for e in value.elements]
        return values if all(v is not None for v in values) else None
    single = py.string_value(value)
    return [single] if single is not None else None


def _has_comments(value: cst.BaseExpression) -> bool:
    found = []

    class _Comments(cst.CSTVisitor):
        def visit_Comment(self, node: cst.Comment) -> None:
            found.append(node)

    value.visit(_Comments())
    return bool(found)


def _action_list(source: bytes, idx: py.Index, statement, action: cst.BaseExpression, actions: list[str],
                 quote: str) -> str:
    """The new action list, laid out like the old one (or like the statement when it was a string)."""
    items = [f"{quote}{a}{quote}" for a in actions]
    if b"\n" not in source[slice(*idx.span(statement))]:
        return "[" + ", ".join(items) + "]"
    elements = list(action.elements) if isinstance(action, cst.List) else []
    entry_indent = indentation_at(source, idx.start(action))
    if elements and b"\n" in source[slice(*idx.span(action))]:
        item_indent = indentation_at(source, idx.start(elements[0]))
        closing = indentation_at(source, idx.end(action) - 1)
        trailing = isinstance(elements[-1].comma, cst.Comma)
    else:
        step = _indent_step(source, idx, statement, entry_indent)
        last = py.entries_of(statement)[-1]
        item_indent, closing, trailing = entry_indent + step, entry_indent, isinstance(last.comma, cst.Comma)
    body = ",\n".join(item_indent + item for item in items)
    return f"[\n{body}{',' if trailing else ''}\n{closing}]"


def _indent_step(source: bytes, idx: py.Index, statement, entry_indent: str) -> str:
    outer = indentation_at(source, idx.start(statement))
    return entry_indent[len(outer):] if entry_indent.startswith(outer) and len(entry_indent) > len(outer) else "    "


TRANSFORM = LogsPermissionsPy()
