"""block-shapes-py: give a nested block the shape the provider declares, a list or a single block.

What it fixes
    A block given as one dict or one struct call where the provider's keyword takes a list of
    blocks (``expiration=S3BucketLifecycleConfigurationRuleExpiration(days=90)`` in an S3
    lifecycle rule, ``action={...}`` on a FIS experiment template) is wrapped in ``[ ]``. A
    one-element list where the keyword takes a single block (``encryption_config=[{...}]`` on an
    EKS cluster) is unwrapped. A string or number literal where the keyword takes a list of them
    (``cidr_blocks="0.0.0.0/0"``) is wrapped in ``[ ]``.

Why
    The generated classes check their arguments when the stack is built: a single block where a
    list is declared fails with ``TypeError: type of argument expiration must be one of
    (IResolvable, List[...]); got S3BucketLifecycleConfigurationRuleExpiration instead``, and the
    other way round too.

Example
    S3BucketLifecycleConfigurationRule(id="expire", status="Enabled",
                                       expiration=S3BucketLifecycleConfigurationRuleExpiration(days=90))
    becomes
    S3BucketLifecycleConfigurationRule(id="expire", status="Enabled",
                                       expiration=[S3BucketLifecycleConfigurationRuleExpiration(days=90)])

What it leaves alone
    Blocks already in the right shape; values that are not literals (a variable may hold a list
    or a token); a dict whose keys are not all keywords of the block (it may be something else,
    such as tags); lists of several blocks where one block is wanted (reported: which one to keep
    is a choice).

Fix safety
    Safe: Terraform receives the same block; only its Python shape changes.
"""
from __future__ import annotations

import libcst as cst

from codemods.catalog import PropertyInfo, element_interface, is_list_type
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import Checked, Entry, checked_values, keyword_of
from codemods.typescript.schema import type_members
from codemods.typescript.syntax import indentation_at, line_start


class BlockListsPy(Transform):
    id = "block-shapes-py"
    aliases = ("block-lists-py",)
    name = "Block lists (Python)"
    summary = "Wrap a block given alone where the provider takes a list of blocks, and unwrap the reverse."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        every = checked_values(ctx.source, ctx.tree, ctx.catalog)
        structs = {id(c.node) for c in every if not c.construct}
        for checked in every:
            for key, entry in checked.entries.items():
                info = checked.properties.get(key)
                if info is not None:
                    yield from _shape(ctx, idx, structs, checked, entry, info)


def _shape(ctx, idx: py.Index, structs: set[int], checked: Checked, entry: Entry, info: PropertyInfo):
    where = f"{entry.key} of {checked.class_name}"
    block = element_interface(info.type)
    listed = is_list_type(info.type)
    value = entry.value
    if block and listed and _is_block(ctx, value, block, structs):
        yield ctx.finding(f"{where} is a list of blocks: wrap the block in [ ]", idx.span(value), _wrap(idx, value))
    elif block and not listed and isinstance(value, cst.List):
        yield _unwrap(ctx, idx, structs, where, value)
    elif not block and _scalar_list_of(info) is not None and _scalar_list_of(info) == _literal_type(value):
        yield ctx.finding(f"{where} is a list: wrap the value in [ ]", idx.span(value), _wrap(idx, value))


def _is_block(ctx, value: cst.BaseExpression, block: str, structs: set[int]) -> bool:
    """A struct call, or a dict literal whose keys are all keywords of the block."""
    if isinstance(value, cst.Call):
        return id(value) in structs
    if not isinstance(value, cst.Dict) or not value.elements:
        return False
    keys = py.dict_entries(value)
    keywords = {keyword_of(p, False) for p in ctx.catalog.interface(block).properties}
    return len(keys) == len(value.elements) and set(keys) <= keywords


def _unwrap(ctx, idx: py.Index, structs: set[int], where: str, value: cst.List):
    items = [e.value for e in value.elements]
    if len(items) != 1 or not (isinstance(items[0], cst.Dict) or id(items[0]) in structs):
        return ctx.finding(f"{where} is one block, not a list; left as it is", idx.span(value))
    edit = py.replace(idx, value, _dedented(ctx.source, idx, value, items[0]))
    return ctx.finding(f"{where} is one block, not a list: drop the [ ]", idx.span(value), [edit])


def _scalar_list_of(info: PropertyInfo) -> str | None:
    """``string`` for a ``string[]`` keyword (``number`` for ``number[]``), else None."""
    members = [m for m in type_members(info.type) if m != "cdktf.IResolvable"]
    if len(members) == 1 and members[0] in ("string[]", "number[]"):
        return members[0][:-2]
    return None


def _literal_type(value: cst.BaseExpression) -> str | None:
    if isinstance(value, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
        return "string"
    if isinstance(value, (cst.Integer, cst.Float)):
        return "number"
    return None


def _wrap(idx: py.Index, value: cst.BaseExpression) -> list[Edit]:
    start, end = idx.span(value)
    return [Edit(start, start, "["), Edit(end, end, "]")]


def _dedented(source: bytes, idx: py.Index, array: cst.List, block: cst.BaseExpression) -> str:
    """The block's text, its continuation lines moved left by as much as the ``[`` had moved it right."""
    text = idx.text(source, block)
    shift = len(indentation_at(source, idx.start(block))) - len(indentation_at(source, idx.start(array)))
    if line_start(source, idx.start(block)) == line_start(source, idx.start(array)) or shift <= 0:
        return text
    lines = text.split("\n")
    return "\n".join([lines[0]] + [line[shift:] if line[:shift].strip() == "" else line for line in lines[1:]])


TRANSFORM = BlockListsPy()
