"""scalar-types: give a provider property a literal of the scalar type its schema declares.

What it fixes
    A string, number or boolean literal passed to a provider property typed as another scalar,
    in a resource config or any block nested in it: ``evaluationPeriods: '2'`` and
    ``port: '443'`` where the binding wants a number, ``deregistrationDelay: 30`` and
    ``atRestEncryptionEnabled: true`` where it wants a string, ``enabled: 'true'`` where it wants
    a boolean. The property's type comes from the provider catalog.

Why
    The generated bindings type each attribute as the provider schema stores it, which is not
    always what the value looks like: ElastiCache's ``atRestEncryptionEnabled`` is a string, a
    CloudWatch alarm's ``threshold`` a number. Such code does not compile (TS2322).

Example
    new CloudwatchMetricAlarm(this, "cpu", { alarmName: "cpu", comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: "2", period: "300", threshold: "80" });
    becomes
    new CloudwatchMetricAlarm(this, "cpu", { alarmName: "cpu", comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: 2, period: 300, threshold: 80 });

What it leaves alone
    Values that are not literals (variables, calls, ``Token.asString(...)``, templates with
    substitutions), literals the property accepts, values cast with ``as``, and objects of the
    file's own interfaces. A conversion that would lose something (``"080"`` or ``"ten"`` to a
    number, ``"yes"`` to a boolean, a number to a boolean) is reported, not made.

Fix safety
    Safe: Terraform receives the same value; only its TypeScript type changes.
"""
from __future__ import annotations

from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts
from codemods.typescript.schema import (
    Entry,
    is_plain_number,
    literal_type,
    schema_of,
)
from transforms.scalar_types import wanted_scalar


class ScalarTypes(Transform):
    id = "scalar-types"
    name = "Scalar types from the schema"
    summary = "Convert a string, number or boolean literal to the scalar type the provider property declares."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        schema = schema_of(ctx)
        for checked in schema.objects:
            for entry in checked.entries():
                wanted = expected_scalar(entry)
                given = literal_type(entry.value)
                if wanted is None or given is None or given == wanted:
                    continue
                text = converted(entry.value, given, wanted, schema.quote_near(entry.value))
                where = f"{entry.key} of {checked.interface.name}"
                if text is None:
                    yield ctx.finding(f"{where} wants a {wanted}, not {ts.text(entry.value)}; left as it is", entry.value)
                else:
                    edit = Edit(entry.value.start_byte, entry.value.end_byte, text)
                    yield ctx.finding(f"{where} is a {wanted}: write {text}", entry.value, [edit])


def expected_scalar(entry: Entry) -> str | None:
    """The one scalar type the property accepts, when it accepts nothing else but tokens."""
    return None if entry.info is None else wanted_scalar(entry.info.type)


def converted(value, given: str, wanted: str, quote: str) -> str | None:
    """The literal ``value`` rewritten as a ``wanted`` literal, or None when that would lose anything."""
    if wanted == "string":
        plain = given == "boolean" or is_plain_number(ts.text(value))
        return f"{quote}{ts.text(value)}{quote}" if plain else None
    if given != "string":
        return None
    text = ts.string_value(value)
    if wanted == "number":
        return text if is_plain_number(text) else None
    return text if text in ("true", "false") else None


TRANSFORM = ScalarTypes()
