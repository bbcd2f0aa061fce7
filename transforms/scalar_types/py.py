"""scalar-types-py: give a provider keyword a literal of the scalar type its schema declares.

What it fixes
    The Python spelling of ``scalar-types``: a string, number or boolean literal given to a
    provider keyword typed as another scalar, in a resource call or any block nested in it (a
    struct call or a dict literal): ``port="443"`` and ``evaluation_periods="2"`` where the binding
    wants a number, ``deregistration_delay=30`` and ``at_rest_encryption_enabled=True`` where it
    wants a string, ``enabled="true"`` where it wants a boolean. The keyword's type comes from the
    provider catalog (the Python classes are generated from the same schema as the TypeScript
    ones).

Why
    The generated classes type each attribute as the provider schema stores it, which is not
    always what the value looks like: ElastiCache's ``at_rest_encryption_enabled`` is a string, a
    target group's ``port`` a number. The type checker rejects such a call (``Argument of type
    "Literal[True]" cannot be assigned to parameter ... of type "str | None"``), and jsii checks
    the types again when the stack is built.

Example
    ElasticacheReplicationGroup(self, "cache", replication_group_id="cache",
                                description="cache", at_rest_encryption_enabled=True, port="6379")
    becomes
    ElasticacheReplicationGroup(self, "cache", replication_group_id="cache",
                                description="cache", at_rest_encryption_enabled="true", port=6379)

What it leaves alone
    Values that are not literals (names, calls, f-strings, ``Token.as_string(...)``), literals
    the keyword accepts, keywords the catalog does not know, and calls whose class the imports do
    not bind to the provider package. A conversion that would lose something (``"080"`` or
    ``"ten"`` to a number, ``"yes"`` to a boolean, a number to a boolean) is reported, not made.

Fix safety
    Safe: Terraform receives the same value (a boolean becomes the string Terraform reads as that
    boolean); only its Python type changes.
"""
from __future__ import annotations

import libcst as cst

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import checked_values
from codemods.typescript.schema import is_plain_number
from transforms.scalar_types import wanted_scalar


class ScalarTypesPy(Transform):
    id = "scalar-types-py"
    name = "Scalar types from the schema (Python)"
    summary = "Convert a string, number or boolean literal to the scalar type the provider keyword declares."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)
    requires = (b"cdktf_cdktf_provider_aws",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            for key, entry in checked.entries.items():
                info = checked.properties.get(key)
                wanted = wanted_scalar(info.type) if info is not None else None
                given = literal_type(entry.value)
                if wanted is None or given is None or given == wanted:
                    continue
                written = idx.text(ctx.source, entry.value)
                text = converted(entry.value, written, given, wanted, py.quote_of(checked.node))
                where = f"{key} of {checked.class_name}"
                if text is None:
                    yield ctx.finding(f"{where} wants a {wanted}, not {written}; left as it is", idx.span(entry.value))
                else:
                    yield ctx.finding(f"{where} is a {wanted}: write {text}", idx.span(entry.value),
                                      [py.replace(idx, entry.value, text)])


def literal_type(value: cst.BaseExpression) -> str | None:
    """``string``, ``number`` or ``boolean`` for a plain literal of that type, else None."""
    if py.string_value(value) is not None:
        return "string"
    if isinstance(value, (cst.Integer, cst.Float)) or (
            isinstance(value, cst.UnaryOperation) and isinstance(value.operator, cst.Minus)
            and isinstance(value.expression, (cst.Integer, cst.Float))):
        return "number"
    if isinstance(value, cst.Name) and value.value in ("True", "False"):
        return "boolean"
    return None


def converted(value: cst.BaseExpression, written: str, given: str, wanted: str, quote: str) -> str | None:
    """The literal rewritten as a ``wanted`` literal, or None when that would lose anything."""
    if wanted == "string":
        if given == "boolean":
            return f"{quote}{written.lower()}{quote}"
        return f"{quote}{written}{quote}" if is_plain_number(written) else None
    if given != "string":
        return None
    text = py.string_value(value)
    if wanted == "number":
        return text if is_plain_number(text) else None
    return {"true": "True", "false": "False"}.get(text)


TRANSFORM = ScalarTypesPy()
