"""out-of-scope-props (failure 11): ``props.X`` and ``config.X`` read where there is no such value.

What it fixes
    Reads of ``props.X`` / ``config.X`` (and ``this.props.X`` / ``this.config.X``) that cannot
    work where they stand:

    - ``props`` is not bound in any enclosing scope (no parameter of an enclosing function,
      constructor or method, no local, no module-level declaration or import);
    - ``this.props`` is read in a class that has no such field (fields, constructor parameter
      properties, ``this.props = ...`` assignments, project base classes);
    - ``props`` is bound, but its declared type (an interface or type alias of the project, an
      inline object type, or the object literal a ``const`` holds) has no property ``X``; this is
      the common form: a module reads a setting that only the stack's props carry.

    Each read is reported. When the read is the ``cidrBlock`` of a ``NetworkAclRule`` or of an
    inline rule of a ``NetworkAcl`` / ``DefaultNetworkAcl`` (``ingress`` / ``egress`` entries), it
    is replaced by ``'0.0.0.0/0'`` with a trailing comment saying the access is controlled by the
    security group, the form of the failure catalog.

Why
    Such a read does not compile (TS2304, TS2339) and is ``undefined`` at synth time: the NACL
    rule is planned without a CIDR and the apply fails. Network ACLs are stateless and coarse;
    restricting SSH by source address belongs in the security group, which already receives the
    allowed CIDR.

Example
    export interface NetworkProps { vpcId: string }   // no sshCidr here
    ...
    new NetworkAclRule(this, "ssh-in", {
      networkAclId: acl.id,
      ruleNumber: 120,
      cidrBlock: props.sshCidr,
      ...
    becomes
      cidrBlock: "0.0.0.0/0", // access is controlled by the security group
    (the comment is added when the entry ends its line and has no comment yet).

What it leaves alone
    Reads whose object's type is not known here (parameters without a type, types from packages,
    interfaces with an index signature or an unknown base, unions), reads inside code the parser
    could not read (scopes around a syntax error are not trusted), other names than ``props`` and
    ``config``, and every read that is not a NACL ``cidrBlock`` (reported only: the right value
    is a design decision).

Fix safety
    Opinionated: the rule then admits any source address on its ports, and the security group
    becomes the only filter.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import declarations as decl
from codemods.typescript import objects
from codemods.typescript import syntax as ts

NAMES = ("props", "config")
OPEN_CIDR = "0.0.0.0/0"
COMMENT = "access is controlled by the security group"
_READS = ts.shared("""[
  (member_expression object: (identifier) @object property: (property_identifier) @property) @read
  (member_expression
    object: (member_expression object: (this) property: (property_identifier) @field) @object
    property: (property_identifier) @property) @read
]""")
_STRINGS = "(string) @s"
_TYPES = ("interface_declaration", "type_alias_declaration")
#: What every resource config accepts besides its own properties (cdktf's TerraformMetaArguments).
_META_ARGUMENTS = frozenset({"dependsOn", "count", "provider", "lifecycle", "forEach", "provisioners", "connection"})
_WRAPPERS = ("Partial", "Required", "Readonly")
_NACL_RULE = "NetworkAclRule"
_NACLS = ("NetworkAcl", "DefaultNetworkAcl")


class OutOfScopeProps(Transform):
    id = "out-of-scope-props"
    name = "Out-of-scope props"
    failure = 11
    summary = "Report props/config reads with no such value in scope; open NACL cidrBlocks that read one."
    safety = Safety.OPINIONATED
    requires = (b"props", b"config")

    def check(self, ctx):
        shapes = _Shapes(ctx)
        for caps in ts.matches(ctx.language, _READS, ctx.tree.root_node):
            holder = caps["object"][0]
            name = ts.text(caps["field"][0]) if "field" in caps else ts.text(holder)
            if name not in NAMES:
                continue
            read, prop = caps["read"][0], ts.text(caps["property"][0])
            if ts.enclosing(read, "ERROR") is not None:
                continue  # scopes around a syntax error cannot be trusted
            problem = _problem(ctx, shapes, holder, "field" in caps, prop)
            if problem is not None:
                yield _finding(ctx, read, problem)


def _problem(ctx, shapes: "_Shapes", holder: Node, on_this: bool, prop: str) -> str | None:
    """Why ``holder.prop`` cannot be read here, or None when it can (or nobody can tell)."""
    label = ts.text(holder)
    if on_this:
        cls = decl.enclosing_class(holder)
        if cls is None:
            return None
        members = shapes.class_members(cls)
        if members is None:
            return None
        declaration = members.get(ts.text(holder.child_by_field_name("property")))
        if declaration is None:
            return f"{label} is not a field of {ts.text(cls.child_by_field_name('name'))}"
    else:
        declaration = decl.declaration_of(holder, ctx.language)
        if declaration is None:
            return f"{label} is not in scope here ({label}.{prop})"
    known = shapes.of_declaration(declaration)
    if known is None or prop in known[1]:
        return None
    return f"{prop} is not a property of {known[0]} ({label}.{prop})"


def _finding(ctx, read: Node, problem: str):
    pair = _nacl_cidr_pair(ctx.language, read)
    if pair is None:
        return ctx.finding(problem, read)
    quote = _quote_near(ctx, pair.parent)
    edits = [objects.replace_value(pair, f"{quote}{OPEN_CIDR}{quote}")]
    comment_at = _end_of_entry_line(ctx.source, pair)
    if comment_at is not None:
        edits.append(Edit(comment_at, comment_at, f" // {COMMENT}"))
    return ctx.finding(f"{problem}; the NACL rule is opened and left to the security group", read, edits)


# -- NACL rules ----------------------------------------------------------------------------------
def _nacl_cidr_pair(language: str, read: Node) -> Node | None:
    """The ``cidrBlock`` pair whose whole value is ``read``, in a NACL rule's config."""
    pair = read.parent
    while pair is not None and pair.type in ("parenthesized_expression", "non_null_expression", "as_expression"):
        pair = pair.parent
    if pair is None or pair.type != "pair" or objects.key_name(pair) != "cidrBlock":
        return None
    rule = pair.parent
    if _construction_of(rule) == _NACL_RULE:
        return pair
    entries = rule.parent if rule is not None else None
    block = entries.parent if entries is not None and entries.type == "array" else None
    if block is None or block.type != "pair" or objects.key_name(block) not in ("ingress", "egress"):
        return None
    return pair if _construction_of(block.parent) in _NACLS else None


def _construction_of(config: Node | None) -> str | None:
    """The class name of ``new X(scope, id, config)`` when ``config`` is its third argument."""
    arguments = config.parent if config is not None else None
    if arguments is None or arguments.type != "arguments":
        return None
    values = [a for a in arguments.named_children if a.type != "comment"]
    if len(values) < 3 or values[2].id != config.id:
        return None
    return decl.constructed_class(arguments.parent)


def _end_of_entry_line(source: bytes, pair: Node) -> int | None:
    """Where a trailing comment goes: after the entry and its comma, when nothing else follows on
    its line (None when something does, a comment included)."""
    end = pair.end_byte
    sibling = pair.next_sibling
    if sibling is not None and sibling.type == ",":
        end = sibling.end_byte
    rest = source[end : ts.line_end(source, end)]
    return end if rest.strip() == b"" else None


def _quote_near(ctx, rule: Node) -> str:
    """The quote of the rule's own string literals, else the file's more common quote."""
    near = ts.captures(ctx.language, _STRINGS, rule).get("s", [])
    if near:
        return ts.text(near[0])[:1]
    quotes = [ts.text(s)[:1] for s in ts.captures(ctx.language, _STRINGS, ctx.tree.root_node).get("s", [])]
    return '"' if quotes.count('"') > quotes.count("'") else "'"


# -- what a props value holds --------------------------------------------------------------------
class _Shapes:
    """The property names of declared types, looked up across the project once per name."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.named: dict[str, frozenset[str] | None] = {}

    def of_declaration(self, declaration: decl.Declaration) -> tuple[str, frozenset[str]] | None:
        """(type label, property names) of what a declaration holds, when all of them are known."""
        if declaration.type is not None:
            names = self.of_type(declaration.type)
            return (ts.text(declaration.type), names) if names is not None else None
        literal = _const_literal(declaration) if declaration.kind == "variable" else None
        names = _literal_keys(literal) if literal is not None else None
        return ("its object literal", names) if names is not None else None

    def of_type(self, node: Node) -> frozenset[str] | None:
        if node.type == "object_type":
            return _signature_names(node, self)
        if node.type == "intersection_type":
            parts = [self.of_type(p) for p in node.named_children]
            return frozenset().union(*parts) if parts and all(p is not None for p in parts) else None
        if node.type == "generic_type" and ts.text(node.child_by_field_name("name")) in _WRAPPERS:
            args = node.child_by_field_name("type_arguments")
            return self.of_type(args.named_children[0]) if args is not None and len(args.named_children) == 1 else None
        if node.type == "parenthesized_type" and node.named_children:
            return self.of_type(node.named_children[0])
        name = decl.type_name(node)
        return self.of_name(name) if name is not None else None

    def of_name(self, name: str) -> frozenset[str] | None:
        if name not in self.named:
            self.named[name] = None  # an interface that extends itself stays unknown
            self.named[name] = self._lookup(name)
        return self.named[name]

    def _lookup(self, name: str) -> frozenset[str] | None:
        declared = decl.project_declarations(self.ctx, name, _TYPES)
        if len(declared) == 1:
            found = declared[0]
            if found.type == "type_alias_declaration":
                return self.of_type(found.child_by_field_name("value"))
            names = _signature_names(found.child_by_field_name("body"), self)
            bases = [self.of_type(b) for b in _extended(found)]
            return names.union(*bases) if names is not None and all(b is not None for b in bases) else None
        info = self.ctx.catalog.interface(name) if not declared else None
        if info is None:
            return None
        return frozenset(info.properties) | (_META_ARGUMENTS if info.meta_arguments else frozenset())

    def class_members(self, cls: Node) -> dict[str, decl.Declaration] | None:
        """A class's members with those of its project base classes (None: an unknown base)."""
        members = decl.class_members(cls, self.ctx.language)
        base = decl.base_class_name(cls)
        if base is None or base in ("Construct", "TerraformStack"):
            return members
        declared = decl.project_declarations(self.ctx, base, ("class_declaration", "abstract_class_declaration"))
        if len(declared) != 1 or declared[0].id == cls.id:
            return None
        inherited = self.class_members(declared[0])
        return {**inherited, **members} if inherited is not None else None


def _signature_names(body: Node | None, shapes: _Shapes) -> frozenset[str] | None:
    """Property and method names of an interface body or object type (None: an index signature)."""
    if body is None:
        return None
    names = set()
    for member in body.named_children:
        if member.type == "index_signature":
            return None
        if member.type in ("property_signature", "method_signature"):
            names.add(objects.key_name(member) or ts.text(member.child_by_field_name("name")))
    return frozenset(names)


def _extended(interface: Node) -> list[Node]:
    clause = next((c for c in interface.named_children if c.type == "extends_type_clause"), None)
    return list(clause.named_children) if clause is not None else []


def _const_literal(declaration: decl.Declaration) -> Node | None:
    """The object literal a ``const`` is initialised with, as written (not cast to a type)."""
    statement = declaration.node.parent
    if statement is None or statement.type != "lexical_declaration" or ts.text(statement.child_by_field_name("kind")) != "const":
        return None
    value = declaration.node.child_by_field_name("value")
    return value if value is not None and value.type == "object" else None


def _literal_keys(obj: Node) -> frozenset[str] | None:
    """The keys of an object literal (None when a spread or computed key may add more)."""
    entries = objects.members(obj)
    if any(m.type == "spread_element" or _is_computed(m) for m in entries):
        return None
    methods = {ts.text(m.child_by_field_name("name")) for m in entries if m.type == "method_definition"}
    return frozenset(objects.properties(obj)) | methods


def _is_computed(entry: Node) -> bool:
    key = entry.child_by_field_name("key") if entry.type == "pair" else None
    return key is not None and key.type == "computed_property_name"


TRANSFORM = OutOfScopeProps()
