"""config-property-names: rename a property the provider config does not have to its one clear match.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

import functools
import math
import re

from codemods.catalog import InterfaceInfo, load_catalog

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
