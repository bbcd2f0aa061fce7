"""config-property-names: rename a property the provider config does not have to its one clear match.

What it fixes
    A property that the config or block interface does not declare, when exactly one declared
    property is a clear match: a misspelling or different casing as TypeScript would suggest it
    (``filters`` -> ``filter``, ``autoScalingGroups`` -> ``autoscalingGroups``,
    ``manageMainUserPassword`` -> ``manageMasterUserPassword``), one word more or less
    (``kmsKeyId`` -> ``kmsMasterKeyId`` on an SNS topic, ``keyPolicy`` -> ``policy`` on a KMS key,
    ``length`` -> ``passwordLength``, ``equals`` -> ``equalTo``), the resource's own name as a prefix
    (``replicationGroupDescription`` -> ``description`` on an ElastiCache replication group), an initialism (``fullyQualifiedDomainName`` -> ``fqdn``),
    a qualified name of two words or more (``keySpec`` -> ``customerMasterKeySpec`` on a KMS key),
    or a rename that also changes the value (``vpc: true`` -> ``domain: "vpc"`` on an EIP).

Why
    Models write attribute names from other tools and older provider releases. TypeScript rejects
    them (TS2353, TS2561) and Terraform never receives the setting.

Example
    new SnsTopic(this, "alerts", { name: "alerts", kmsKeyId: key.arn });
    new Eip(this, "nat", { vpc: true });
    becomes
    new SnsTopic(this, "alerts", { name: "alerts", kmsMasterKeyId: key.arn });
    new Eip(this, "nat", { domain: "vpc" });

What it leaves alone
    Properties the interface declares (meta-arguments such as ``dependsOn`` included); names
    with no match or more than one (reported); a match the object already sets (reported); a
    match whose type cannot hold the value (an object of tags where the match is a list of
    blocks); a negated match (``equals`` is never renamed to ``notEquals``); objects of the
    file's own interfaces and values cast with ``as``.

Fix safety
    Safe: the setting the code meant reaches Terraform under the name the provider uses.
"""
from __future__ import annotations

import math
import re

from tree_sitter import Node

from codemods.catalog import (
    InterfaceInfo,
    element_interface,
    is_list_type,
    load_catalog,
)
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.schema import (
    CheckedObject,
    Entry,
    literal_type,
    schema_of,
    type_members,
)

#: Renames that change the value too: (interface, property, value) -> (property, new string value).
VALUE_RENAMES = {("EipConfig", "vpc", "true"): ("domain", "vpc")}
#: Words that turn a property into its opposite: never added or dropped to make a match.
NEGATING = frozenset({"not", "no", "non", "disable", "disabled", "exclude", "skip", "ignore", "deny"})
_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


class ConfigPropertyNames(Transform):
    id = "config-property-names"
    name = "Config property names"
    summary = "Rename a property the provider config does not have when exactly one declared property matches."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        schema = schema_of(ctx)
        for checked in schema.objects:
            present = {e.key for e in checked.entries()}
            for entry in checked.entries():
                if checked.accepts(entry.key):
                    continue
                yield self._finding(ctx, schema.quote_near(entry.value), checked, entry, present)

    def _finding(self, ctx, quote: str, checked: CheckedObject, entry: Entry, present: set[str]):
        where = f"{entry.key} is not a property of {checked.interface.name}"
        value_rename = VALUE_RENAMES.get((checked.interface.name, entry.key, ts.text(entry.value)))
        if value_rename is not None:
            name, value = value_rename
            text = f"{name}: {quote}{value}{quote}"
            return ctx.finding(f"{where}: write {text}", entry.pair, [Edit(entry.pair.start_byte, entry.value.end_byte, text)])
        matches = [m for m in best_matches(entry.key, checked.interface) if fits(entry.value, checked.interface, m)]
        if len(matches) != 1:
            choice = f" (maybe {' or '.join(matches)})" if matches else ""
            return ctx.finding(f"{where}{choice}; left as it is", entry.key_node)
        name = matches[0]
        if name in present:
            return ctx.finding(f"{where}, and {name} is already set; left as it is", entry.key_node)
        return ctx.finding(f"{where}: rename it to {name}", entry.key_node, [renamed_key(entry.key_node, name)])


def best_matches(name: str, interface: InterfaceInfo) -> list[str]:
    """The declared properties that ``name`` most clearly means, by the first rule that finds any."""
    declared = list(interface.properties)
    for rule in (same_but_case, spelling, initialism, one_word_apart):
        found = rule(name, declared)
        if found:
            return found
    return without_owner_prefix(name, interface.name, declared) or qualified(name, declared)


def same_but_case(name: str, declared: list[str]) -> list[str]:
    return [d for d in declared if d.lower() == name.lower()]


def spelling(name: str, declared: list[str]) -> list[str]:
    """TypeScript's spelling suggestion (its length limits and costs), keeping ties."""
    longest_gap = max(2, math.floor(len(name) * 0.34))
    worst = math.floor(len(name) * 0.4) + 1
    scored = [(distance(name, d), d) for d in declared
              if abs(len(d) - len(name)) <= longest_gap and (len(d) >= 3 or d.lower() == name.lower())]
    scored = [(score, d) for score, d in scored if score < worst - 0.1]
    best = min((score for score, _ in scored), default=None)
    return [d for score, d in scored if score == best]


def distance(a: str, b: str) -> float:
    """Levenshtein distance where a substitution costs 2 and a change of case 0.1."""
    previous = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [float(i)] + [0.0] * len(b)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                current[j] = previous[j - 1]
            elif ca.lower() == cb.lower():
                current[j] = previous[j - 1] + 0.1
            else:
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + 2)
        previous = current
    return previous[-1]


def initialism(name: str, declared: list[str]) -> list[str]:
    """``fullyQualifiedDomainName`` -> ``fqdn``."""
    initials = "".join(w[0] for w in words(name))
    return [d for d in declared if len(initials) > 2 and d.lower() == initials]


def one_word_apart(name: str, declared: list[str]) -> list[str]:
    """Declared names with one (non-negating) word more or less than ``name``, plurals aside
    (``equals`` -> ``equalTo``)."""
    mine = _stems(name)
    return [d for d in declared if _one_word_more(mine, _stems(d)) or _one_word_more(_stems(d), mine)]


def _stems(name: str) -> list[str]:
    return [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words(name)]


def _one_word_more(short: list[str], long: list[str]) -> bool:
    if len(long) != len(short) + 1 or not short:
        return False
    return any(long[:i] + long[i + 1 :] == short and long[i] not in NEGATING for i in range(len(long)))


def without_owner_prefix(name: str, interface: str, declared: list[str]) -> list[str]:
    """``replicationGroupDescription`` -> ``description`` in ``ElasticacheReplicationGroupConfig``."""
    mine, owner = words(name), set(words(interface))
    while len(mine) > 1 and mine[0] in owner:
        mine = mine[1:]
        found = [d for d in declared if words(d) == mine]
        if found:
            return found
    return []


def qualified(name: str, declared: list[str]) -> list[str]:
    """``keySpec`` -> ``customerMasterKeySpec``: the declared names that end with all of ``name``'s
    words (two at least) after a qualifier."""
    mine = words(name)
    if len(mine) < 2:
        return []
    return [d for d in declared if len(words(d)) > len(mine) and words(d)[-len(mine):] == mine]


def words(name: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(name)]


def fits(value: Node, interface: InterfaceInfo, name: str) -> bool:
    """Whether the property ``name`` can hold ``value`` once renamed (shapes only; any expression fits)."""
    type_text = interface.properties[name].type
    if literal_type(value) is not None:
        return any(m in ("string", "number", "boolean") for m in type_members(type_text))
    if value.type == "array":
        return is_list_type(type_text)
    if value.type == "object":
        block = element_interface(type_text)
        if block is None:
            return type_text.startswith("{")
        keys = set(objects.properties(value))
        return keys <= set(load_catalog().interface(block).properties)
    return True


def renamed_key(key: Node, name: str) -> Edit:
    """An edit renaming a property key, keeping its quotes when it was quoted (``{ x }`` -> ``{ y: x }``)."""
    text = ts.text(key)
    if key.type == "shorthand_property_identifier":
        new = f"{name}: {text}"
    else:
        new = f"{text[0]}{name}{text[0]}" if key.type == "string" else name
    return Edit(key.start_byte, key.end_byte, new)


TRANSFORM = ConfigPropertyNames()
