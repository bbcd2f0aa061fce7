"""logs-permissions (failure 12): give CloudWatch Logs statements the explicit action list.

What it fixes
    An IAM policy statement that allows CloudWatch Logs actions (``logs:*`` or some ``logs:``
    actions) on ``arn:aws:logs:*:*:*`` gets the explicit list

        logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents,
        logs:DescribeLogGroups, logs:DescribeLogStreams

    (other specific ``logs:`` actions it granted are kept after them) on ``Resource: '*'``. It
    looks at the statements of ``JSON.stringify({ Statement: [...] })`` objects (or any object
    with a ``Statement`` list), of ``DataAwsIamPolicyDocument`` ``statement`` lists (there the
    resource becomes ``resources: ['*']``) and of JSON policy strings (``policy: '{"Statement":
    ...}'``, or a template literal without substitutions). The statement's other keys, its
    layout and the file's quote style are kept.

Why
    Models grant log writers either a partial list (without ``DescribeLogGroups`` and
    ``DescribeLogStreams``, which CloudWatch agents, flow logs and log shippers call before they
    write) or ``logs:*`` (which also deletes groups and changes retention), on an ARN that looks
    scoped but matches every log resource of every account and region anyway. The catalog's form
    names exactly the actions a log writer needs, on ``*``, as AWS's own policies for them do.

Example
    Statement: [{
      Effect: "Allow",
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      Resource: "arn:aws:logs:*:*:*",
    }],
    becomes
    Statement: [{
      Effect: "Allow",
      Action: [
        "logs:CreateLogGroup",
        ...
        "logs:DescribeLogStreams",
      ],
      Resource: "*",
    }],

What it leaves alone
    Statements that also grant other services, deny, name other resources next to the logs
    wildcard, or build actions or resources from variables; resources already scoped to a log
    group; JSON strings with escapes. An action list with comments in it is reported, not
    rewritten (its comments would be lost).

Fix safety
    Opinionated: the role's permissions change (the describe actions are added, ``logs:*``
    shrinks to the list) towards the catalog's form.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from transforms.logs_permissions import LOG_ACTIONS, WILDCARD_LOGS_ARN

_PAIRS = ts.shared("(pair key: (_) value: [(array) (object)] @value) @pair")
_STRINGS = ts.shared("[(string) (template_string)] @text")


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


@dataclass(frozen=True)
class _Text:
    """Where statements were found: the file itself, or a JSON string parsed on its own.

    ``base`` maps offsets in ``source`` to the file; ``quote`` is forced for JSON; ``one_line``
    when new text must not break lines (inside a quoted string)."""

    source: bytes
    base: int = 0
    quote: str | None = None
    one_line: bool = False


class LogsPermissions(Transform):
    id = "logs-permissions"
    name = "Logs permissions"
    failure = 12
    summary = "Grant CloudWatch Logs statements the explicit log actions on '*' instead of arn:aws:logs:*:*:*."
    safety = Safety.OPINIONATED
    requires = (b"logs:",)

    def check(self, ctx):
        file = _Text(ctx.source)
        for statement in _json_statements(ctx.language, ctx.tree.root_node):
            yield from _check_statement(ctx, file, statement, JSON_FORM)
        for statement in _document_statements(ctx.language, ctx.tree.root_node):
            yield from _check_statement(ctx, file, statement, DOCUMENT_FORM)
        for text, root in _json_strings(ctx.language, ctx.tree.root_node):
            for statement in _json_statements(ctx.language, root):
                yield from _check_statement(ctx, text, statement, JSON_FORM)


def _json_statements(language: str, root: Node) -> Iterator[Node]:
    """The statement objects of every ``Statement: [...]`` (or ``Statement: {...}``) under ``root``."""
    for caps in ts.matches(language, _PAIRS, root):
        if objects.key_name(caps["pair"][0]) == JSON_FORM.statement:
            yield from _statement_objects(caps["value"][0])


def _document_statements(language: str, root: Node) -> Iterator[Node]:
    for construction in objects.constructions(language, root, {"DataAwsIamPolicyDocument"}):
        config = construction.config
        value = objects.value_of(objects.properties(config).get(DOCUMENT_FORM.statement)) if config is not None else None
        if value is not None:
            yield from _statement_objects(ts.unwrap(value))


def _statement_objects(value: Node) -> list[Node]:
    if value.type == "object":
        return [value]
    if value.type == "array":
        return [e for e in value.named_children if e.type == "object"]
    return []


def _json_strings(language: str, root: Node) -> Iterator[tuple[_Text, Node]]:
    """String literals holding a JSON policy, each parsed as an expression of its own."""
    for node in ts.captures(language, _STRINGS, root).get("text", []):
        raw = ts.text(node)[1:-1]
        if WILDCARD_LOGS_ARN not in raw or '"Statement"' not in raw or "\\" in raw or not raw.lstrip().startswith("{"):
            continue
        if node.type == "template_string" and any(c.type == "template_substitution" for c in node.named_children):
            continue
        source = f"({raw})".encode("utf-8")
        tree = ts.parse(source, language)
        if not tree.root_node.has_error:
            yield _Text(source, node.start_byte, '"', one_line=node.type == "string"), tree.root_node


def _check_statement(ctx, text: _Text, statement: Node, form: _Form):
    props = objects.properties(statement)
    action, resource = props.get(form.action), props.get(form.resource)
    if action is None or resource is None or action.type != "pair" or resource.type != "pair":
        return
    actions = _strings(objects.value_of(action))
    resources = _strings(objects.value_of(resource))
    effect = props.get(form.effect)
    if (
        not actions or not all(a.startswith("logs:") for a in actions)
        or not resources or set(resources) != {WILDCARD_LOGS_ARN}
        or (effect is not None and _strings(objects.value_of(effect)) != ["Allow"])
    ):
        return
    span = (statement.start_byte + text.base, statement.end_byte + text.base)
    if any(c.type == "comment" for c in objects.value_of(action).children):
        yield ctx.finding(f"logs actions on {WILDCARD_LOGS_ARN}: the action list has comments, so it is left "
                          f"for a person to rewrite", span)
        return
    quote = text.quote or _quote_of(objects.value_of(resource))
    wanted = list(LOG_ACTIONS) + [a for a in dict.fromkeys(actions) if a not in LOG_ACTIONS and a != "logs:*"]
    star = f"{quote}*{quote}"
    edits = [
        _shift(objects.replace_value(action, _action_list(text, statement, action, wanted, quote)), text.base),
        _shift(objects.replace_value(resource, f"[{star}]" if form.resource_list else star), text.base),
    ]
    yield ctx.finding(
        f"logs actions on {WILDCARD_LOGS_ARN}: grant {', '.join(a.split(':')[1] for a in LOG_ACTIONS)} on '*'",
        span, edits)


def _strings(value: Node | None) -> list[str] | None:
    """The values of a string literal or an array of string literals; None for anything else."""
    value = ts.unwrap(value)
    if value is None:
        return None
    if value.type == "array":
        elements = [e for e in value.named_children if e.type != "comment"]
        values = [ts.string_value(e) if e.type == "string" else None for e in elements]
        return values if all(v is not None for v in values) else None
    single = ts.string_value(value) if value.type == "string" else None
    return [single] if single is not None else None


def _quote_of(value: Node) -> str:
    literal = value if value.type == "string" else next(c for c in value.named_children if c.type == "string")
    return ts.text(literal)[0]


def _action_list(text: _Text, statement: Node, action: Node, actions: list[str], quote: str) -> str:
    """The new action array, laid out like the old one (or like the statement when it was a string)."""
    items = [f"{quote}{a}{quote}" for a in actions]
    source = text.source
    multiline = not text.one_line and b"\n" in source[statement.start_byte : statement.end_byte]
    if not multiline:
        separator = ", " if b", " in source[statement.start_byte : statement.end_byte] else ","
        return "[" + separator.join(items) + "]"
    value = objects.value_of(action)
    pair_indent = ts.indentation_at(source, action.start_byte)
    elements = [e for e in value.named_children if e.type != "comment"] if value.type == "array" else []
    if elements and b"\n" in source[value.start_byte : value.end_byte]:
        item_indent = ts.indentation_at(source, elements[0].start_byte)
        closing = ts.indentation_at(source, value.end_byte - 1)
        trailing = _followed_by_comma(elements[-1])
    else:
        item_indent = pair_indent + _indent_step(source, statement, pair_indent)
        closing = pair_indent
        trailing = _followed_by_comma(objects.members(statement)[-1])
    body = ",\n".join(item_indent + item for item in items)
    return f"[\n{body}{',' if trailing else ''}\n{closing}]"


def _indent_step(source: bytes, statement: Node, pair_indent: str) -> str:
    outer = ts.indentation_at(source, statement.start_byte)
    return pair_indent[len(outer):] if pair_indent.startswith(outer) and len(pair_indent) > len(outer) else "  "


def _followed_by_comma(node: Node) -> bool:
    sibling = node.next_sibling
    while sibling is not None and sibling.type == "comment":
        sibling = sibling.next_sibling
    return sibling is not None and sibling.type == ","


def _shift(edit: Edit, base: int) -> Edit:
    """An edit made on a JSON string parsed on its own, moved to the string's place in the file
    (the string's quote and the ``(`` put before the JSON cancel out)."""
    return Edit(edit.start + base, edit.end + base, edit.text)


TRANSFORM = LogsPermissions()
