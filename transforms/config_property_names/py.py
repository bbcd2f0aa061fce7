"""config-property-names-py: rename a keyword argument the provider class does not take to its one clear match.

What it fixes
    A keyword argument of a provider construct or struct call (``ElasticacheReplicationGroup(...)``,
    ``SecurityGroupIngress(...)``), or a ``"key"`` of a dict given for a nested block, that the
    class does not take, when exactly one of its keywords is a clear match, by the rules of
    ``config-property-names`` applied to the catalog's properties: a misspelling or another casing
    (``taints`` -> ``taint``, ``"sseAlgorithm"`` -> ``"sse_algorithm"``), one word more or less,
    the resource's own name as a prefix (``replication_group_description`` -> ``description``,
    ``subnet_group_name`` -> ``name``), an initialism, whole words more or less
    (``maximum_event_age`` -> ``maximum_event_age_in_seconds``), a known rename (``alias`` -> ``name`` on
    ``KmsAlias``), or a rename that also changes the value (``Eip(vpc=True)`` ->
    ``Eip(domain="vpc")``, ``Lb(scheme="internal")`` -> ``Lb(internal=True)``). The construct's own first parameter is ``scope_``
    in Python, so a config property named ``scope`` keeps its name: ``Wafv2WebAcl(self, "acl",
    scope_="REGIONAL")`` (which fails with "multiple values for argument 'scope_'") becomes
    ``scope="REGIONAL"``.

Why
    jsii generates keyword-only parameters: an unknown keyword is a ``TypeError`` when the stack
    is built, before any synth, and an unknown dict key fails the same way.

Example
    ElasticacheReplicationGroup(self, "cache", replication_group_id="orders",
                                replication_group_description="order cache")
    becomes
    ElasticacheReplicationGroup(self, "cache", replication_group_id="orders",
                                description="order cache")

What it leaves alone
    Keywords the class takes (``id`` and the meta-arguments such as ``depends_on`` included);
    names with no clear match or more than one (reported, with the candidates or the nearest
    keywords); a keyword of a companion resource (``block_public_acls`` on ``S3Bucket`` belongs to
    ``S3BucketPublicAccessBlock``: reported, by the rule of ``config-property-names``); a match the call
    already passes (reported); a match whose type cannot hold the value; calls and dicts of
    classes outside the provider package.

Fix safety
    Safe: the setting the code meant reaches the provider under the name it takes.
"""
from __future__ import annotations

import libcst as cst

from codemods.catalog import (
    InterfaceInfo,
    element_interface,
    is_list_type,
    load_catalog,
)
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import Checked, Entry, checked_values, keyword_of
from codemods.typescript.schema import type_members
from transforms.config_property_names import VALUE_RENAMES, best_matches, companions, unclear

#: Renames no spelling rule finds: (interface, property as written in camelCase) -> property.
KNOWN_RENAMES = {("KmsAliasConfig", "alias"): "name"}
_PYTHON_LITERALS = {"True": "true", "False": "false"}


class ConfigKeywordsPy(Transform):
    id = "config-property-names-py"
    aliases = ("config-keywords-py",)
    name = "Config keywords (Python)"
    summary = "Rename a keyword argument a provider class does not take when exactly one of its keywords matches."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            present = set(checked.entries)
            for key, entry in checked.entries.items():
                if not checked.accepts(key):
                    yield _finding(ctx, idx, checked, entry, present)


def _finding(ctx, idx: py.Index, checked: Checked, entry: Entry, present: set[str]):
    kind = "key" if isinstance(checked.node, cst.Dict) else "keyword"
    where = f"{entry.key} is not a {kind} of {checked.class_name}"
    value_rename = _value_rename(checked, entry)
    if value_rename is not None and value_rename[0] in present:
        return ctx.finding(f"{where}, and {value_rename[0]} is already given; left as it is", idx.span(entry.key_node))
    if value_rename is not None:
        name, value = value_rename
        quote = py.quote_of(checked.node)
        text = _entry_text(entry, name, str(value) if isinstance(value, bool) else f"{quote}{value}{quote}")
        start, end = idx.start(entry.key_node), idx.end(entry.value)
        return ctx.finding(f"{where}: write {text}", (start, end), [Edit(start, end, text)])
    matches = [m for m in _matches(entry.key, checked) if _fits(entry.value, checked.interface, m)]
    keywords = [keyword_of(m, checked.construct) for m in matches]
    span = idx.span(entry.key_node)
    owners = companions(checked.class_name, camel_case(entry.key)) if checked.construct else []
    if owners or len(keywords) != 1:
        why = unclear(camel_case(entry.key), checked.interface, matches, owners,
                      lambda p: keyword_of(p, checked.construct))
        return ctx.finding(f"{where}{why}; left as it is", span)
    name = keywords[0]
    if name in present:
        return ctx.finding(f"{where}, and {name} is already given; left as it is", span)
    return ctx.finding(f"{where}: rename it to {name}", span, [_renamed_key(idx, entry, name)])


def _matches(key: str, checked: Checked) -> list[str]:
    """The declared (camelCase) properties the Python ``key`` most clearly means."""
    camel = camel_case(key)
    known = KNOWN_RENAMES.get((checked.interface.name, camel))
    if known is not None:
        return [known]
    return best_matches(camel, checked.interface)


def camel_case(key: str) -> str:
    """``replication_group_description`` -> ``replicationGroupDescription``; camelCase stays."""
    head, *rest = key.rstrip("_").split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def _value_rename(checked: Checked, entry: Entry) -> tuple[str, str | bool] | None:
    """(keyword, new value) when the catalog's rename changes the value too (``vpc=True``)."""
    value = entry.value
    text = _PYTHON_LITERALS.get(value.value) if isinstance(value, cst.Name) else py.string_value(value)
    rename = VALUE_RENAMES.get((checked.interface.name, camel_case(entry.key), text))
    if rename is None:
        return None
    return keyword_of(rename[0], checked.construct), rename[1]


def _entry_text(entry: Entry, name: str, value: str) -> str:
    if isinstance(entry.element, cst.DictElement):
        quote = entry.key_node.quote
        return f"{quote}{name}{quote}: {value}"
    return f"{name}={value}"


def _renamed_key(idx: py.Index, entry: Entry, name: str) -> Edit:
    """An edit renaming a keyword, or a dict key in its own quotes."""
    if isinstance(entry.element, cst.DictElement):
        quote = entry.key_node.quote
        return py.replace(idx, entry.key_node, f"{quote}{name}{quote}")
    return py.replace(idx, entry.key_node, name)


def _fits(value: cst.BaseExpression, interface: InterfaceInfo, name: str) -> bool:
    """Whether property ``name`` can hold ``value`` once renamed (shapes only; any expression fits)."""
    type_text = interface.properties[name].type
    scalar = _scalar_type(value)
    if scalar is not None:
        return scalar in type_members(type_text)
    if isinstance(value, (cst.List, cst.Tuple)):
        return is_list_type(type_text)
    block = element_interface(type_text)
    if isinstance(value, cst.Dict):
        if block is None:
            return type_text.startswith("{")
        keys = set(py.dict_entries(value))
        return keys <= {keyword_of(p, False) for p in load_catalog().interface(block).properties}
    return True


def _scalar_type(value: cst.BaseExpression) -> str | None:
    """``string``, ``number`` or ``boolean`` for a literal of that type, else None."""
    if isinstance(value, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
        return "string"
    if isinstance(value, (cst.Integer, cst.Float)) or py.integer_value(value) is not None:
        return "number"
    if isinstance(value, cst.Name) and value.value in _PYTHON_LITERALS:
        return "boolean"
    return None


TRANSFORM = ConfigKeywordsPy()
