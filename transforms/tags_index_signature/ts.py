"""tags-index-signature: let a tags interface be passed where the provider wants a string map.

What it fixes
    An interface of the project whose members are all required strings
    (``interface CommonTags { Environment: string; Owner: string }``) and whose values are passed
    to a provider property typed ``{ [key: string]: string }`` (``tags``, ``dimensions``,
    ``variables``). The interface gets the index signature ``[key: string]: string;``.

Why
    TypeScript does not let an interface stand for an index signature it does not declare, so
    ``tags: props.tags`` does not compile (TS2322 "Index signature for type 'string' is missing in
    type 'CommonTags'"); an object literal or a ``type`` alias would pass.

Example
    interface CommonTags { Environment: string; Owner: string }
    interface StackProps { tags: CommonTags }
    new S3Bucket(this, "logs", { bucketPrefix: "logs-", tags: props.tags });
    becomes
    interface CommonTags { Environment: string; Owner: string; [key: string]: string; }
    ...

What it leaves alone
    Interfaces already indexed, extending others, or with a member that is optional or not a
    string (reported when they are passed: the signature would contradict them); interfaces
    only spread into tags (``{ ...props.tags, Name: "x" }`` compiles); ``type`` aliases.
    Whether a value is passed is read from names: a map property given ``x.tags`` or ``tags``
    (also as an operand of ``??``, ``||`` or ``c ? a : b``, whose type includes it) where some
    declaration of the project types ``tags`` with the interface.

Fix safety
    Safe: the interface accepts what it accepted before, and more tags.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts
from codemods.typescript.schema import Schema, project_schema, schema_of, type_members

STRING_MAP = "{ [key: string]: string }"
SIGNATURE = "[key: string]: string;"
_INTERFACES = ts.shared("(interface_declaration name: (type_identifier) @name body: (interface_body) @body) @interface")
_TYPED_NAMES = ts.shared("""[
  (property_signature name: (property_identifier) @name type: (type_annotation (type_identifier) @type))
  (required_parameter pattern: (identifier) @name type: (type_annotation (type_identifier) @type))
  (optional_parameter pattern: (identifier) @name type: (type_annotation (type_identifier) @type))
  (variable_declarator name: (identifier) @name type: (type_annotation (type_identifier) @type))
  (public_field_definition name: (property_identifier) @name type: (type_annotation (type_identifier) @type))
]""")


class TagsIndexSignature(Transform):
    id = "tags-index-signature"
    name = "Tags index signature"
    summary = "Add [key: string]: string to a string-only interface whose values are passed as provider tags."
    safety = Safety.SAFE

    def check(self, ctx):
        schema = schema_of(ctx)
        interfaces = ts.matches(ctx.language, _INTERFACES, ctx.tree.root_node)
        if not interfaces:
            return
        passed = _typed_names_passed_to_maps(schema, {ts.text(caps["name"][0]) for caps in interfaces})
        for caps in interfaces:
            name, body = ts.text(caps["name"][0]), caps["body"][0]
            if name not in passed or _heritage(caps["interface"][0]) or _has_index_signature(body):
                continue
            if not all(_required_string(m) for m in _members(body)):
                yield ctx.finding(f"{name} is passed as a string map but has members that are not required strings; "
                                  "left as it is", caps["name"][0])
                continue
            yield ctx.finding(f"{name} is passed as a string map: add {SIGNATURE}", caps["name"][0],
                              [signature_edit(ctx.source, body)])


def _typed_names_passed_to_maps(schema: Schema, interface_names: set[str]) -> set[str]:
    """Those of ``interface_names`` that type some name of the project passed to a string-map
    provider property. The other files' names are looked up in project indexes (built once per
    project), never walked per file."""
    passed_names = set(_passed_names(schema))
    pairs = [pair for pair in _typed_names(schema) if pair[1] in interface_names]
    project = schema.project
    if project is None:
        return {type_name for name, type_name in pairs if name in passed_names}
    passed_index = project.index("tags-index-signature.passed", schema.language,
                                 lambda s, t: [(name, True) for name in _passed_names(project_schema(project, s, t))])
    typed_index = project.index("tags-index-signature.typed", schema.language,
                                lambda s, t: [(type_name, name) for name, type_name in _typed_names(project_schema(project, s, t))])
    for type_name in interface_names:
        pairs += [(name, type_name) for path, name in typed_index.get(type_name, ()) if path != schema.path]

    def passed(name: str) -> bool:
        return name in passed_names or any(path != schema.path for path, _ in passed_index.get(name, ()))

    return {type_name for name, type_name in pairs if passed(name)}


def _passed_names(schema: Schema) -> frozenset[str]:
    """Names (last parts) a file passes to string-map provider properties."""
    names: set[str] = set()
    for checked in schema.objects:
        for entry in checked.entries():
            if entry.info is not None and STRING_MAP in type_members(entry.info.type):
                names |= _last_name(entry.value)
    return frozenset(names)


def _typed_names(schema: Schema) -> list[tuple[str, str]]:
    """(name, type name) of each name a file declares with a plain type annotation."""
    return [(ts.text(caps["name"][0]), ts.text(caps["type"][0]))
            for caps in ts.matches(schema.language, _TYPED_NAMES, schema.root)]


def _last_name(value: Node) -> set[str]:
    value = ts.unwrap(value)
    if value.type in ("identifier", "shorthand_property_identifier"):
        return {ts.text(value)}
    if value.type == "member_expression":
        return {ts.text(value.child_by_field_name("property"))}
    if value.type == "binary_expression" and ts.text(value.child_by_field_name("operator")) in ("??", "||"):
        return _last_name(value.child_by_field_name("left")) | _last_name(value.child_by_field_name("right"))
    if value.type == "ternary_expression":
        return _last_name(value.child_by_field_name("consequence")) | _last_name(value.child_by_field_name("alternative"))
    return set()


def _members(body: Node) -> list[Node]:
    return [c for c in body.named_children if c.type != "comment"]


def _required_string(member: Node) -> bool:
    if member.type != "property_signature" or any(c.type == "?" for c in member.children):
        return False
    annotation = member.child_by_field_name("type")
    return annotation is not None and ts.text(annotation).lstrip(":").strip() == "string"


def _has_index_signature(body: Node) -> bool:
    return any(c.type == "index_signature" for c in body.named_children)


def _heritage(interface: Node) -> bool:
    return any(c.type == "extends_type_clause" for c in interface.named_children)


def signature_edit(source: bytes, body: Node) -> Edit:
    """The signature as a last member: on a line of its own in a multi-line body, else before ``}``."""
    members = _members(body)
    closing = body.end_byte - 1
    if members and ts.line_start(source, closing) > members[-1].end_byte:
        indent = ts.indentation_at(source, members[-1].start_byte)
        at = ts.line_start(source, closing)
        return Edit(at, at, f"{indent}{SIGNATURE}\n")
    before = source[body.start_byte + 1 : closing].rstrip()
    separator = "" if not members or before.endswith((b";", b",")) else ";"
    at = body.start_byte + 1 + len(before)
    return Edit(at, closing, f"{separator} {SIGNATURE} ")


TRANSFORM = TagsIndexSignature()
