"""kms-key-arn (failure 2): a ``kmsKeyId`` that must be a key ARN gets an alias or a bare key id.

What it fixes
    On resources whose provider docs describe ``kmsKeyId`` as the key's ARN (``DbInstance``,
    ``RdsCluster``, ``CloudwatchLogGroup``, ``EbsVolume``, ``EfsFileSystem``, ``Cloudtrail`` and
    the others in ``ARN_KMS_KEY_RESOURCES``), a string literal (or a template without
    substitutions) that is not an ARN, such as ``"alias/aws/rds"`` or a bare key id. A ``const``
    of the same scope holding such a string (``const key = "alias/aws/rds"`` then
    ``kmsKeyId: key``) is followed too.

    The value becomes ``...(config.kmsKeyId && { kmsKeyId: config.kmsKeyId })``, where ``config``
    is the props/config parameter of the enclosing constructor or function (its real name;
    ``props?.kmsKeyId`` when the parameter is optional). ``kmsKeyId?: string`` is added to that
    parameter's type when the type is declared in the same file (an interface, a type alias of
    an object type, or an inline object type) and lacks it, following the type's ``readonly``
    habit and separators. With no such parameter in scope (or a type declared in another file
    that does not declare ``kmsKeyId``) the property is removed, and the resource uses the
    AWS-managed key. A followed ``const`` is removed when nothing else uses it.

Why
    The provider validates these attributes as ARNs: ``Error: "kms_key_id" (alias/aws/rds) is an
    invalid ARN: arn: invalid prefix``. Leaving the key out gives the AWS-managed key, which is
    what ``alias/aws/...`` names anyway; a customer key is passed by ARN through the config.

Example
    new DbInstance(this, "db", {
      storageEncrypted: true,
      kmsKeyId: "alias/aws/rds",
    });
    becomes (inside ``constructor(scope: Construct, id: string, config: DatabaseConfig)``)
    new DbInstance(this, "db", {
      storageEncrypted: true,
      ...(config.kmsKeyId && { kmsKeyId: config.kmsKeyId }),
    });
    and ``interface DatabaseConfig`` gains ``kmsKeyId?: string;``.

What it leaves alone
    Values that are ARNs (``"arn:aws:kms:..."``, alias ARNs too), expressions (``key.arn``,
    ``props.kmsKeyArn``, templates with substitutions), empty strings, ``let`` variables and
    nested blocks (``rootBlockDevice.kmsKeyId``). Resources whose docs accept a key id or alias
    (``SecretsmanagerSecret``, ``KinesisStream``, ``CloudtrailEventDataStore``, ...) and the
    alias-friendly ``kmsMasterKeyId`` of ``SnsTopic``, ``SqsQueue`` and S3 encryption rules.

Fix safety
    Opinionated: the resource no longer names a key, so the key used is the config's (when given)
    or the AWS-managed one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from transforms.kms_key_arn import ARN_KMS_KEY_RESOURCES

PROPERTY = "kmsKeyId"
_CONFIG_TYPE_NAME = re.compile(r"(Props|Config|Configuration|Options|Args|Settings)$")
_FUNCTIONS = ("method_definition", "function_declaration", "function_expression", "arrow_function",
              "generator_function_declaration")
_TYPE_DECLARATIONS = ts.shared("""
[(interface_declaration name: (type_identifier) @name body: (interface_body) @body)
 (type_alias_declaration name: (type_identifier) @name value: (object_type) @body)]
""")


@dataclass(frozen=True)
class _Literal:
    """A string value of ``kmsKeyId``, and the ``const`` declarator it came through (if any)."""

    value: str
    declarator: Node | None = None


@dataclass(frozen=True)
class _ConfigParameter:
    """The props/config parameter in scope: its name, whether it is optional, and its type body
    (``None`` when declared in another file of the project, which declares ``kmsKeyId``)."""

    name: str
    optional: bool
    body: Node | None


class KmsKeyArn(Transform):
    id = "kms-key-arn"
    name = "KMS key ARN"
    failure = 2
    summary = "Replace a non-ARN kmsKeyId (alias/aws/rds, a key id) by the config's key or the AWS-managed key."
    safety = Safety.OPINIONATED
    requires = (b"kmsKeyId",)

    def check(self, ctx):
        for construction in objects.constructions(ctx.language, ctx.tree.root_node, ARN_KMS_KEY_RESOURCES):
            config = construction.config
            pair = objects.properties(config).get(PROPERTY) if config is not None else None
            if pair is None:
                continue
            literal = _literal(ctx, objects.value_of(pair))
            if literal is None or not literal.value or literal.value.startswith("arn:"):
                continue
            yield _fix(ctx, construction.class_name, config, pair, literal)


def _fix(ctx, class_name: str, config: Node, pair: Node, literal: _Literal):
    problem = f"{class_name} {PROPERTY} '{literal.value}' is not a KMS key ARN (the provider rejects it)"
    edits = _const_removal(ctx, literal.declarator, pair)
    parameter = _config_parameter(ctx, pair)
    if parameter is None:
        edits += objects.remove_property(ctx.source, config, pair)
        return ctx.finding(f"{problem}; removed, so the AWS-managed key is used", pair, edits)
    owner = parameter.name + ("?" if parameter.optional else "")
    spread = f"...({owner}.{PROPERTY} && {{ {PROPERTY}: {parameter.name}.{PROPERTY} }})"
    edits.append(Edit(pair.start_byte, pair.end_byte, spread))
    if parameter.body is not None and PROPERTY not in _member_names(parameter.body):
        edits += _declare_property(ctx.source, parameter.body)
    message = f"{problem}; {parameter.name}.{PROPERTY} is used when given, else the AWS-managed key"
    return ctx.finding(message, pair, edits)


# -- the value -----------------------------------------------------------------------------------
def _literal(ctx, value: Node | None) -> _Literal | None:
    """The string of a literal value, or of the ``const`` an identifier names in its scope."""
    value = ts.unwrap(value)
    if value is None:
        return None
    text = ts.string_value(value)
    if text is not None:
        return _Literal(text)
    if value.type not in ("identifier", "shorthand_property_identifier"):
        return None
    declarator = _const_declarator(ctx.language, value)
    init = ts.unwrap(declarator.child_by_field_name("value")) if declarator is not None else None
    text = ts.string_value(init)
    return _Literal(text, declarator) if text is not None else None


def _const_declarator(language: str, use: Node) -> Node | None:
    """The ``const name = ...`` declarator that ``use`` refers to, or None (let, var, parameter)."""
    name = ts.text(use)
    for scope in ts.ancestors(use):
        if scope.type in _FUNCTIONS and name in _parameter_names(language, scope):
            return None
        if scope.type not in ("statement_block", "program"):
            continue
        for statement in scope.named_children:
            if statement.type not in ("lexical_declaration", "variable_declaration"):
                continue
            for declarator in statement.named_children:
                if declarator.type == "variable_declarator" and ts.text(declarator.child_by_field_name("name")) == name:
                    return declarator if ts.text(statement.children[0]) == "const" else None
    return None


def _parameter_names(language: str, function: Node) -> set[str]:
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if parameters is None:
        return set()
    return {ts.text(n) for n in ts.captures(language, "(identifier) @name", parameters).get("name", [])}


def _const_removal(ctx, declarator: Node | None, use: Node) -> list[Edit]:
    """Edits removing a followed ``const`` statement when ``use`` is its only reference."""
    if declarator is None:
        return []
    statement = declarator.parent
    if len([c for c in statement.named_children if c.type == "variable_declarator"]) != 1:
        return []
    name = ts.text(declarator.child_by_field_name("name"))
    scope = statement.parent
    references = [
        n for n in ts.names(ctx.language, scope, ("identifier", "shorthand_property_identifier"))
        if ts.text(n) == name and not _inside(n, declarator.child_by_field_name("name"))
    ]
    if len(references) != 1 or not _inside(references[0], use):
        return []
    start, end = statement.start_byte, statement.end_byte
    line_start, line_end = ts.line_start(ctx.source, start), ts.line_end(ctx.source, end)
    if ctx.source[line_start:start].strip() == b"" and ctx.source[end:line_end].strip() == b"":
        return [Edit(line_start, line_end, "")]
    return [Edit(start, end, "")]


def _inside(node: Node, container: Node) -> bool:
    return container.start_byte <= node.start_byte and node.end_byte <= container.end_byte


# -- the config parameter ------------------------------------------------------------------------
def _config_parameter(ctx, node: Node) -> _ConfigParameter | None:
    """The nearest enclosing function's props/config parameter whose type can hold ``kmsKeyId``."""
    for function in ts.ancestors(node):
        if function.type not in _FUNCTIONS:
            continue
        parameters = function.child_by_field_name("parameters")
        for parameter in parameters.named_children if parameters is not None else []:
            found = _as_config_parameter(ctx, parameter)
            if found is not None:
                return found
    return None


def _as_config_parameter(ctx, parameter: Node) -> _ConfigParameter | None:
    pattern = parameter.child_by_field_name("pattern")
    annotation = parameter.child_by_field_name("type")
    if pattern is None or pattern.type != "identifier" or annotation is None:
        return None
    optional = parameter.type == "optional_parameter"
    type_node = annotation.named_children[0] if annotation.named_children else None
    if type_node is None:
        return None
    if type_node.type == "object_type" and _member_names(type_node):
        return _ConfigParameter(ts.text(pattern), optional, type_node)
    if type_node.type != "type_identifier":
        return None
    type_name = ts.text(type_node)
    body = _type_body(ctx.language, ctx.tree.root_node, type_name)
    if body is not None:
        return _ConfigParameter(ts.text(pattern), optional, body) if _member_names(body) else None
    if _CONFIG_TYPE_NAME.search(type_name) and _declared_elsewhere_with_key(ctx, type_name):
        return _ConfigParameter(ts.text(pattern), optional, None)
    return None


def _type_body(language: str, root: Node, name: str) -> Node | None:
    """The body of interface ``name`` (or of ``type name = { ... }``) declared under ``root``."""
    for match in ts.matches(language, _TYPE_DECLARATIONS, root):
        if ts.text(match["name"][0]) == name:
            return match["body"][0]
    return None


def _declared_elsewhere_with_key(ctx, type_name: str) -> bool:
    """Whether another file of the project declares ``type_name`` with a ``kmsKeyId`` member."""
    if ctx.project is None:
        return False
    index = ctx.project.index("kms-key-arn.type-bodies", ctx.language, _type_bodies)
    for path, body in index.get(type_name, ()):
        if path != ctx.file.path:
            return PROPERTY in _member_names(body)
    return False


def _type_bodies(source, tree) -> list[tuple[str, Node]]:
    """(name, body) of the first declaration of each interface or object type in a file."""
    first: dict[str, Node] = {}
    for match in ts.matches(source.language, _TYPE_DECLARATIONS, tree.root_node):
        first.setdefault(ts.text(match["name"][0]), match["body"][0])
    return list(first.items())


def _member_names(body: Node) -> set[str]:
    return {ts.text(m.child_by_field_name("name")) for m in body.named_children if m.type == "property_signature"}


def _declare_property(source: bytes, body: Node) -> list[Edit]:
    """Edits adding ``kmsKeyId?: string`` to a type body, in its readonly habit and separators."""
    members = [m for m in body.named_children if m.type == "property_signature"]
    readonly = sum(1 for m in members if any(c.type == "readonly" for c in m.children)) * 2 > len(members)
    entry = ("readonly " if readonly else "") + f"{PROPERTY}?: string"
    return objects.insert_property(source, body, entry, separator=_separator(source, body))


def _separator(source: bytes, body: Node) -> str:
    tokens = {c.type for c in body.children}
    if ";" in tokens:
        return ";"
    if "," in tokens:
        return ","
    return "" if b"\n" in source[body.start_byte : body.end_byte] else ";"


TRANSFORM = KmsKeyArn()
