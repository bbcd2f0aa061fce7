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
    a name the declared one extends or shortens by whole words, two words in common at least
    (``maximumEventAge`` -> ``maximumEventAgeInSeconds``, ``costFilters`` -> ``costFilter``),
    or a rename that also changes the value (``vpc: true`` -> ``domain: "vpc"`` on an EIP,
    ``scheme: "internet-facing"`` -> ``internal: false`` on a load balancer).

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
    with no match or more than one (reported with the candidates, or the nearest declared names
    sharing a word: ``code`` on a Lambda function, an AWS CDK habit); a key of a companion
    resource (reported naming it, even when the config has a near match): one of the owner's
    service (``S3Bucket...``) that takes the key and refers to the owner by a required property
    named after it (``bucket``, ``deploymentId``), so ``blockPublicAcls`` on an ``S3Bucket``
    names ``S3BucketPublicAccessBlock`` and ``stageName`` on an ``ApiGatewayDeployment`` names
    ``ApiGatewayStage``; a match the object already sets (reported); a
    match whose type cannot hold the value (an object of tags where the match is a list of
    blocks); a negated match (``equals`` is never renamed to ``notEquals``); objects of the
    file's own interfaces and values cast with ``as``.

Fix safety
    Safe: the setting the code meant reaches Terraform under the name the provider uses.
"""
from __future__ import annotations

import functools
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

#: Renames that change the value too: (interface, property, literal value) -> (property, new value);
#: a literal is keyed by its value (``true``, or a string's text), the new value is a string or a
#: boolean. ``vpc: true`` is the EC2 API's former flag for ``domain = "vpc"``; ``scheme`` is the
#: ELBv2 API's (and CloudFormation's) name of the setting the provider calls ``internal``.
VALUE_RENAMES: dict[tuple[str, str, str], tuple[str, str | bool]] = {
    ("EipConfig", "vpc", "true"): ("domain", "vpc"),
    **{(config, "scheme", scheme): ("internal", scheme == "internal")
       for config in ("LbConfig", "AlbConfig") for scheme in ("internet-facing", "internal")},
}
#: Words that turn a property into its opposite: never added or dropped to make a match.
NEGATING = frozenset({"not", "no", "non", "disable", "disabled", "exclude", "skip", "ignore", "deny"})
#: The last word of a property that refers to another resource by its id, ARN or name.
_REFERENCE_WORDS = frozenset({"id", "arn", "name"})
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
        value_rename = VALUE_RENAMES.get((checked.interface.name, entry.key, _literal_key(entry.value)))
        if value_rename is not None and value_rename[0] in present:
            return ctx.finding(f"{where}, and {value_rename[0]} is already set; left as it is", entry.key_node)
        if value_rename is not None:
            name, value = value_rename
            text = f"{name}: {str(value).lower() if isinstance(value, bool) else f'{quote}{value}{quote}'}"
            return ctx.finding(f"{where}: write {text}", entry.pair, [Edit(entry.pair.start_byte, entry.value.end_byte, text)])
        matches = [m for m in best_matches(entry.key, checked.interface) if fits(entry.value, checked.interface, m)]
        owners = companions(class_of_config(checked.interface.name), entry.key) if checked.origin == "config" else []
        if owners or len(matches) != 1:
            return ctx.finding(f"{where}{unclear(entry.key, checked.interface, matches, owners)}; left as it is",
                               entry.key_node)
        name = matches[0]
        if name in present:
            return ctx.finding(f"{where}, and {name} is already set; left as it is", entry.key_node)
        return ctx.finding(f"{where}: rename it to {name}", entry.key_node, [renamed_key(entry.key_node, name)])


def _literal_key(value) -> str | None:
    """How :data:`VALUE_RENAMES` keys a literal: a string's text, ``true``/``false``, else None."""
    if value.type in ("true", "false"):
        return value.type
    return ts.string_value(value)


def best_matches(name: str, interface: InterfaceInfo) -> list[str]:
    """The declared properties that ``name`` most clearly means, by the first rule that finds any."""
    declared = list(interface.properties)
    for rule in (same_but_case, spelling, initialism, one_word_apart):
        found = rule(name, declared)
        if found:
            return found
    return (without_owner_prefix(name, interface.name, declared) or qualified(name, declared)
            or extended_or_shortened(name, declared))


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


def extended_or_shortened(name: str, declared: list[str]) -> list[str]:
    """``maximumEventAge`` -> ``maximumEventAgeInSeconds``, ``costFilters`` -> ``costFilter``: the
    declared names whose words (plurals aside) start or end with all of ``name``'s words, or that
    are the start or end of ``name``'s words; two words in common at least, and no negating word
    added or dropped."""
    mine = _stems(name)
    found = []
    for d in declared:
        theirs = _stems(d)
        short, long = sorted((mine, theirs), key=len)
        if len(short) < 2 or short == long and d != name and words(d) == words(name):
            continue
        extra = long[len(short):] if long[: len(short)] == short else long[: len(long) - len(short)] \
            if long[len(long) - len(short):] == short else None
        if extra is not None and not NEGATING & set(extra):
            found.append(d)
    return found


def companions(class_name: str | None, key: str) -> list[str]:
    """The resource classes of the owner's service (the first word of the class name) that take
    ``key`` and refer to a ``class_name`` resource by another property: a required property of
    theirs is the owner's name, or its last words, with ``Id``, ``Arn``, ``Name`` or nothing after
    (``bucket`` of ``S3BucketPublicAccessBlock`` for an ``S3Bucket``, ``deploymentId`` of
    ``ApiGatewayStage`` for an ``ApiGatewayDeployment``)."""
    return sorted(set(_companions(class_name).get(key, []))) if class_name else []


@functools.cache
def _companions(class_name: str) -> dict[str, list[str]]:
    owner = load_catalog().class_info(class_name)
    if owner is None or owner.kind != "resource":
        return {}
    owner_words = words(owner.name)
    tails = {tuple(owner_words[i:]) for i in range(len(owner_words))}
    found: dict[str, list[str]] = {}
    for other, referred, keys in _resources():
        if other == owner.name or words(other)[0] != owner_words[0]:
            continue
        refer = {prop for prop, tail in referred if tail in tails}
        for key in keys:
            if refer - {key}:
                found.setdefault(key, []).append(other)
    return found


@functools.cache
def _resources() -> list[tuple[str, tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]]:
    """(class, (required property, the words of the name it refers to) pairs, its properties) of
    each resource."""
    catalog = load_catalog()
    found = []
    for mod in catalog.modules():
        for name in catalog.classes_of_module(mod):
            info = catalog.class_info(name)
            config = catalog.config_of_class(name) if info.kind == "resource" else None
            if config is not None:
                referred = tuple((p.name, _referred(p)) for p in config.properties.values() if _referred(p))
                found.append((name, referred, tuple(config.properties)))
    return found


def _referred(prop) -> tuple[str, ...] | None:
    """The words of the resource a required property names (``deploymentId`` -> ``deployment``)."""
    mine = words(prop.name)
    if mine and mine[-1] in _REFERENCE_WORDS:
        mine = mine[:-1]
    return tuple(mine) if mine and not prop.optional else None


def nearest(name: str, declared: list[str], most: int = 3) -> list[str]:
    """Up to ``most`` declared names that share a word with ``name``, the closest spelling first."""
    mine = set(_stems(name))
    sharing = [d for d in declared if mine & set(_stems(d))]
    return sorted(sharing, key=lambda d: (distance(name, d), d))[:most]


def class_of_config(interface: str) -> str | None:
    """The resource class whose constructor config is ``interface`` (``S3BucketConfig`` -> ``S3Bucket``)."""
    info = load_catalog().class_info(interface.removesuffix("Config"))
    return info.name if info is not None and info.config_interface == interface else None


def unclear(key: str, interface: InterfaceInfo, matches: list[str], owners: list[str], spell=str) -> str:
    """Why a key is not renamed: the companion resources that take it, else the candidates, else
    the nearest declared names (``spell`` writes a property as the language does)."""
    text = ""
    if owners:
        text = f": it belongs to {' or '.join(owners)}, a resource of its own that refers to this one"
    if matches:
        return f"{text} (maybe {' or '.join(map(spell, matches))})"
    near = nearest(key, list(interface.properties))
    return f"{text} (nearest: {', '.join(map(spell, near))})" if near and not owners else text


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
