"""block-shapes: give a nested block the shape its schema declares, a list or a single object.

What it fixes
    A block written as an object where the provider property is a list of blocks
    (``expiration: { days: 30 }`` on an S3 lifecycle rule, ``defaultTags: { tags }`` on the
    provider, ``location: { ... }`` on a directory bucket) is wrapped in ``[ ]``. A one-element
    list where the property is a single block (``healthCheck: [{ ... }]`` on a target group) is
    unwrapped. A string or number literal where the property is a list of that scalar
    (``cidrBlocks: "0.0.0.0/0"``) is wrapped in ``[ ]``.

Why
    Terraform blocks become lists or single objects in the generated bindings depending on the
    provider schema, and models mix them up between provider releases. Such code does not
    compile (TS2353 "'days' does not exist in type '... | S3BucketLifecycleConfigurationRuleExpiration[]'",
    TS2322).

Example
    new S3BucketLifecycleConfiguration(this, "logs", { bucket: logs.id, rule: [{
      id: "expire", status: "Enabled", expiration: { days: 30 } }] });
    becomes
    new S3BucketLifecycleConfiguration(this, "logs", { bucket: logs.id, rule: [{
      id: "expire", status: "Enabled", expiration: [{ days: 30 }] }] });

What it leaves alone
    Blocks already in the right shape, values that are not literals (a variable may hold a list
    or a token), lists of several blocks where one block is wanted (reported: which one to keep
    is a choice), lists with comments between their elements (reported), objects of the file's
    own interfaces and values cast with ``as``.

Fix safety
    Safe: Terraform receives the same block; only its TypeScript shape changes.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.catalog import element_interface, is_list_type
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts
from codemods.typescript.schema import Entry, literal_type, schema_of, type_members


class BlockShapes(Transform):
    id = "block-shapes"
    name = "Block shapes from the schema"
    summary = "Wrap a block given as an object where the schema wants a list, and unwrap the reverse."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        for checked in schema_of(ctx).objects:
            for entry in checked.entries():
                if entry.info is None:
                    continue
                where = f"{entry.key} of {checked.interface.name}"
                block = element_interface(entry.info.type)
                listed = is_list_type(entry.info.type)
                if block and listed and entry.value.type == "object":
                    yield ctx.finding(f"{where} is a list of blocks: wrap the block in [ ]", entry.value, wrap(entry.value))
                elif block and not listed and entry.value.type == "array":
                    yield self._unwrap(ctx, where, entry.value)
                elif not block and (scalar := scalar_list_of(entry)) is not None and scalar == literal_type(entry.value):
                    yield ctx.finding(f"{where} is a list: wrap the value in [ ]", entry.value, wrap(entry.value))

    def _unwrap(self, ctx, where: str, array: Node):
        items = array.named_children
        if len(items) != 1 or items[0].type != "object":
            return ctx.finding(f"{where} is one block, not a list; left as it is", array)
        edit = Edit(array.start_byte, array.end_byte, dedented(ctx.source, array, items[0]))
        return ctx.finding(f"{where} is one block, not a list: drop the [ ]", array, [edit])


def scalar_list_of(entry: Entry) -> str | None:
    """``string`` for a ``string[]`` property (``number`` for ``number[]``), else None."""
    members = [m for m in type_members(entry.info.type) if m != "cdktf.IResolvable"]
    if len(members) == 1 and members[0] in ("string[]", "number[]"):
        return members[0][:-2]
    return None


def wrap(value: Node) -> list[Edit]:
    return [Edit(value.start_byte, value.start_byte, "["), Edit(value.end_byte, value.end_byte, "]")]


def dedented(source: bytes, array: Node, block: Node) -> str:
    """The block's text, its continuation lines moved left by as much as the ``[`` had moved it right."""
    text = ts.text(block)
    shift = len(ts.indentation_at(source, block.start_byte)) - len(ts.indentation_at(source, array.start_byte))
    if ts.line_start(source, block.start_byte) == ts.line_start(source, array.start_byte) or shift <= 0:
        return text
    lines = text.split("\n")
    return "\n".join([lines[0]] + [line[shift:] if line[:shift].strip() == "" else line for line in lines[1:]])


TRANSFORM = BlockShapes()
