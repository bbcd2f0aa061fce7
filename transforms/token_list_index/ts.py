"""token-list-index: read one element of a provider list attribute with ``Fn.element``.

What it fixes
    A list attribute of a provider resource or data source indexed like an array or a complex
    list: ``azs.names.get(0)`` and ``azs.names[i]`` where ``azs`` is a
    ``DataAwsAvailabilityZones``, become ``Fn.element(azs.names, 0)`` and
    ``Fn.element(azs.names, i)`` (``Fn`` is imported from ``cdktf`` when needed).

Why
    Before synth such an attribute is a token that stands for the whole list. ``.get`` exists only
    on lists of blocks, so ``names.get(0)`` does not compile (TS2339 "Property 'get' does not
    exist on type 'string[]'"); ``names[0]`` compiles but reads the first element of the token's
    placeholder array, which fails at synth ("Found an encoded list token string in a scalar
    string context"). ``Fn.element`` becomes Terraform's ``element()``.

Example
    const azs = new DataAwsAvailabilityZones(this, "azs", { state: "available" });
    new Subnet(this, "a", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24", availabilityZone: azs.names.get(0) });
    becomes
    new Subnet(this, "a", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24", availabilityZone: Fn.element(azs.names, 0) });

What it leaves alone
    ``.get(i)`` on lists of blocks (``cluster.certificateAuthority.get(0).data``), which is right;
    receivers whose class the file does not tell (a parameter, a construct of another file);
    attributes that are not lists: a list is one the config declares as ``string[]`` or
    ``number[]``, or a computed attribute with a plural name (``names``, ``ids``, ``zoneIds``).

Fix safety
    Safe: the same element is read, by Terraform instead of by the placeholder array.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.catalog import load_catalog
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts
from codemods.typescript.schema import Schema, schema_of, type_members

_INDEXED = ts.shared("""[
  (call_expression
     function: (member_expression object: (member_expression) @list property: (property_identifier) @get)
     arguments: (arguments . (_) @index .)) @use
  (subscript_expression object: (member_expression) @list index: (_) @index) @use
]""")
_NOT_PLURAL = ("ss", "us", "is")


class TokenListIndex(Transform):
    id = "token-list-index"
    name = "Token list index"
    summary = "Index a provider list attribute with Fn.element instead of .get(i) or [i]."
    safety = Safety.SAFE

    def check(self, ctx):
        schema = schema_of(ctx)
        for caps in ts.matches(ctx.language, _INDEXED, ctx.tree.root_node):
            if "get" in caps and ts.text(caps["get"][0]) != "get":
                continue
            use, listed, index = caps["use"][0], caps["list"][0], caps["index"][0]
            if not is_token_list(schema, listed):
                continue
            fn, import_edits = schema.imports.add("cdktf", "Fn")
            text = f"{fn}.element({ts.text(listed)}, {ts.text(index)})"
            edits = [Edit(use.start_byte, use.end_byte, text), *import_edits]
            yield ctx.finding(f"{ts.text(listed)} is a token list: read it with {text}", use, edits)


def is_token_list(schema: Schema, listed: Node) -> bool:
    """Whether ``owner.attribute`` is a list of strings or numbers of a provider class instance."""
    cls = schema.class_of(listed.child_by_field_name("object"))
    attribute = ts.text(listed.child_by_field_name("property"))
    catalog = load_catalog()
    info = catalog.class_info(cls) if cls else None
    if info is None or attribute not in info.attributes:
        return False
    generated = {cls + attribute[:1].upper() + attribute[1:] + kind for kind in ("List", "Map", "OutputReference")}
    if generated & set(catalog.classes_of_module(info.module)):
        return False
    config = catalog.config_of_class(cls)
    declared = config.properties.get(attribute) if config else None
    if declared is not None:
        return any(m in ("string[]", "number[]") for m in type_members(declared.type))
    return attribute.endswith("s") and not attribute.endswith(_NOT_PLURAL)


TRANSFORM = TokenListIndex()
