"""From a provider name as a model wrote it to the export it means, by named rules over the catalog.

Each rule is one normalization whose justification is the package data or the language, never a
name seen in some response. The rules are tried in the fixed order of :data:`RULES`; the first
that finds any candidate decides:

- exactly one candidate: the name resolves to it (and the rule that found it is recorded);
- more than one: the name is ambiguous, the caller reports ``did you mean A or B`` and changes
  nothing;
- none from any rule: unknown.

The rules, in order (``lookup`` below is: the class itself, else the ``A`` class jsii makes of a
resource or data source whose name collides with a struct, else the interface):

1. ``exact``            the name as written (``S3Bucket``; ``S3BucketVersioning`` ->
                        ``S3BucketVersioningA``: jsii renames the resource, the struct of the
                        same name lives in ``s3-bucket``)
2. ``case``             the same letters in another case (``WafwebAcl`` -> ``WafWebAcl``,
                        ``WafIpSet`` -> ``WafIpset``): TypeScript and Python names are
                        case-sensitive, and no two exports of the package differ only in case;
                        only for names with a capital first letter (``s3Bucket`` is the
                        namespace of ``lib/s3-bucket``, not a misspelled class)
3. ``stray-suffix``     without a trailing ``A`` (``S3BucketCorsConfigurationA``) or the ``V2``
                        of the provider-v4 resources (``S3BucketLoggingV2`` -> ``S3BucketLoggingA``)
4. ``legacy-namespace`` the grouped namespace of majors 3..9 as a prefix (``rds.ClusterInstance``
                        -> ``RdsClusterInstance``)
5. ``aws-prefix``       without a spurious ``Aws`` (``AwsConfigConfigurationRecorder`` ->
                        ``ConfigConfigurationRecorder``), or with the ``Aws`` every data source
                        name has after ``Data`` (``DataRegion`` -> ``DataAwsRegion``)
6. ``terraform-type``   a Terraform type name (``aws_s3_bucket`` -> ``S3Bucket``,
                        ``data_aws_region`` / ``data.aws_region`` -> ``DataAwsRegion``), or spelled
                        as a class (``RandomPassword`` is ``Password`` of provider-random), by
                        the catalog's ``tf_type`` of every class
7. ``repeated-word``    a last word that repeats the end of the word before it
                        (``CloudtrailTrail`` -> ``Cloudtrail``, ``CodepipelinePipeline`` ->
                        ``Codepipeline``)
8. ``service-prefix``   a service name in front of a resource that the provider names by its
                        Terraform type (:data:`SERVICE_PREFIXES`, from the provider's docs)
8b. ``initialism``      two or more words written out where the Terraform type has their
                        initials, as the provider's type names do (``aws_alb``, ``aws_lb``,
                        ``aws_vpc``): ``ApplicationLoadBalancer`` -> ``Alb``,
                        ``ApplicationLoadBalancerListener`` -> ``AlbListener``,
                        ``LoadBalancerTargetGroup`` -> ``LbTargetGroup``; every way of shortening a
                        run of words is tried, and only a single class found this way resolves
9. ``history``          a rename the recorded majors of the package prove (fed in by
                        ``history=``)
10. ``other-package``   a class another provider package exports, by its name or by its
                        Terraform type spelled as a class (``RandomId`` is ``Id`` of
                        ``@cdktf/provider-random``, type ``random_id``; the catalogs are fed
                        in by ``others=``)

Every rule after ``exact`` uses ``lookup`` with the ``case`` fallback, so the normalizations
compose with the jsii suffix and with a wrong case.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from . import Catalog

#: Service names models put in front of resources whose Terraform type has another prefix, each
#: with the prefix the provider uses. Justified by the AWS provider's documentation, where these
#: resources are filed under the service: EC2 lists ``aws_instance``, ``aws_launch_template``,
#: ``aws_eip``... (no ``ec2_`` in the type); RDS lists ``aws_db_instance``,
#: ``aws_db_subnet_group``, ``aws_db_parameter_group`` (the ``db_`` prefix); EventBridge lists
#: ``aws_cloudwatch_event_rule``, ``_bus``, ``_target`` (EventBridge was CloudWatch Events).
#: The longest written prefix applies (``RdsDbInstance``: the service name before the ``Db``).
SERVICE_PREFIXES = {"Ec2": "", "RdsDb": "Db", "Rds": "Db", "Eventbridge": "CloudwatchEvent"}

_WORDS = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")
_TF_TYPE = re.compile(r"^(data[._])?(aws_[a-z0-9_]+)$")


@dataclass(frozen=True)
class Target:
    """One export: the package (npm name), its module under ``lib/`` and the exported name."""

    package: str
    module: str
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Resolution:
    """What a written name resolves to: ``target`` and the ``rule`` that found it, or the
    ``candidates`` that make it ambiguous, or neither (unknown)."""

    written: str
    target: Target | None = None
    rule: str | None = None
    candidates: tuple[Target, ...] = field(default=())

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def did_you_mean(self) -> str:
        """``did you mean A or B`` (or ``A, B or C``) for an ambiguous name."""
        plain = len({c.name for c in self.candidates}) == len(self.candidates)
        names = sorted(c.name if plain else f"{c.name} from {c.package}/lib/{c.module}" for c in self.candidates)
        listed = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
        return f"did you mean {listed}"


def _pascal(tf_type: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in tf_type.split("_"))


_SPELLINGS: dict[int, dict[str, list[str]]] = {}


def _terraform_spellings(catalog: Catalog) -> dict[str, list[str]]:
    """The Terraform type of each resource and data source spelled as a class (``Data`` in front
    for a data source) -> the classes: what jsii names ``Id`` in ``@cdktf/provider-random`` is
    ``random_id``, written ``RandomId``."""
    key = id(catalog)
    if key not in _SPELLINGS:
        found: dict[str, list[str]] = {}
        for mod in catalog.modules():
            for name in catalog.classes_of_module(mod):
                info = catalog.class_info(name)
                if info and info.tf_type and info.kind in ("resource", "data") and info.module == mod:
                    alias = ("Data" if info.kind == "data" else "") + _pascal(info.tf_type)
                    found.setdefault(alias, []).append(name)
        _SPELLINGS[key] = found
    return _SPELLINGS[key]


class Resolver:
    """The rules of this module over one catalog, the catalogs of other provider packages, and
    optionally the package's history (anything with ``renamed_class(old) -> str | None``)."""

    def __init__(self, catalog: Catalog, others: Iterable[Catalog] | Callable[[], Iterable[Catalog]] = (),
                 history=None) -> None:
        """``others`` and ``history`` may be given as functions that load them: they are called on
        the first name the earlier rules do not resolve (most names are exact, and a small file
        then never loads the other packages or the history)."""
        self.catalog = catalog
        self._others = others
        self._history = history

    @cached_property
    def others(self) -> tuple[Catalog, ...]:
        others = self._others() if callable(self._others) else self._others
        return tuple(o for o in others if o.package != self.catalog.package)

    @cached_property
    def history(self):
        return self._history() if callable(self._history) else self._history

    # -- indexes over the data -------------------------------------------------------------------
    @cached_property
    def _by_lower(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for mod in self.catalog.modules():
            for name in self.catalog.classes_of_module(mod) + self.catalog.interfaces_of_module(mod):
                found.setdefault(name.lower(), set()).add(name)
        return found

    @cached_property
    def _by_tf_type(self) -> dict[tuple[str, str], set[str]]:
        found: dict[tuple[str, str], set[str]] = {}
        for mod in self.catalog.modules():
            for name in self.catalog.classes_of_module(mod):
                info = self.catalog.class_info(name)
                if info and info.tf_type and info.kind in ("resource", "data"):
                    found.setdefault((info.kind, info.tf_type), set()).add(name)
        return found

    # -- lookups ---------------------------------------------------------------------------------
    def _strict(self, name: str, value: bool = False) -> set[str]:
        """The class ``name``, else its jsii ``A`` class, else the interface (not for ``value``)."""
        real = self.catalog.resolve_class(name)
        if real is not None:
            return {real}
        if not value and self.catalog.has_interface(name):
            return {name}
        return set()

    def _lookup(self, name: str, value: bool = False) -> set[str]:
        """:meth:`_strict`, else the same over the exports spelled like ``name`` but for case."""
        found = self._strict(name, value)
        if found or not name[:1].isupper():  # camelCase is a namespace's spelling, not a class's
            return found
        for spelled in self._by_lower.get(name.lower(), ()):
            found |= self._strict(spelled, value)
        if not found:  # ``S3bucketVersioning``: the case of the ``A`` class
            for spelled in self._by_lower.get(name.lower() + "a", ()):
                info = self.catalog.class_info(spelled)
                if info is not None and info.kind in ("resource", "data"):
                    found.add(spelled)
        return found

    # -- the rules -------------------------------------------------------------------------------
    def _exact(self, name, namespace, value):
        return self._strict(name, value)

    def _case(self, name, namespace, value):
        return self._lookup(name, value)

    def _stray_suffix(self, name, namespace, value):
        for suffix in ("V2", "A"):
            if name.endswith(suffix) and len(name) > len(suffix):
                found = self._lookup(name[: -len(suffix)], value)
                if found:
                    return found
        return set()

    def _legacy_namespace(self, name, namespace, value):
        if not namespace:
            return set()
        return self._lookup(namespace[:1].upper() + namespace[1:] + name, value)

    def _aws_prefix(self, name, namespace, value):
        found = set()
        for prefix in ("Aws", "AWS"):
            if name.startswith(prefix) and len(name) > len(prefix) and name[len(prefix)].isupper():
                found |= self._lookup(name[len(prefix):], value)
        if name.startswith("Data") and not name.lower().startswith("dataaws") and len(name) > 4:
            found |= self._lookup("DataAws" + name[4:], value)
        return found

    def _terraform_type(self, name, namespace, value):
        match = _TF_TYPE.match(name)
        if match is None:  # the type spelled as a class: ``RandomPassword`` is ``Password``
            return set(_terraform_spellings(self.catalog).get(name, ()))
        kind = "data" if match[1] else "resource"
        return set(self._by_tf_type.get((kind, match[2]), ()))

    def _repeated_word(self, name, namespace, value):
        words = _WORDS.findall(name)
        if len(words) < 2 or "".join(words) != name:
            return set()
        last, before = words[-1], words[-2]
        if len(before) > len(last) and before.lower().endswith(last.lower()):
            return self._lookup("".join(words[:-1]), value)
        return set()

    def _service_prefix(self, name, namespace, value):
        for service in sorted(SERVICE_PREFIXES, key=len, reverse=True):
            rest = name[len(service):]
            if name.startswith(service) and rest[:1].isupper():
                return self._lookup(SERVICE_PREFIXES[service] + rest, value)
        return set()

    def _initialism(self, name, namespace, value):
        words = _WORDS.findall(name)
        if len(words) < 2 or "".join(words) != name:
            return set()
        found: set[str] = set()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                short = "".join(w[0] for w in words[start:end]).lower()
                spelled = "".join(words[:start]) + short.capitalize() + "".join(words[end:])
                found |= self._lookup(spelled, value)
        return found

    def _history(self, name, namespace, value):
        if self.history is None:
            return set()
        renamed = self.history.renamed_class(name)
        return self._strict(renamed, value) if renamed else set()

    def _other_package(self, name, namespace, value):
        found: set[Target] = set()
        for other in self.others:
            real = other.resolve_class(name)
            hits = [real] if real is not None else _terraform_spellings(other).get(name, [])
            found |= {Target(other.package, other.module_of_class(hit), hit) for hit in hits}
        return found

    RULES: Sequence[tuple[str, Callable]] = (
        ("exact", _exact),
        ("case", _case),
        ("stray-suffix", _stray_suffix),
        ("legacy-namespace", _legacy_namespace),
        ("aws-prefix", _aws_prefix),
        ("terraform-type", _terraform_type),
        ("repeated-word", _repeated_word),
        ("service-prefix", _service_prefix),
        ("initialism", _initialism),
        ("history", _history),
        ("other-package", _other_package),
    )

    def resolve(self, name: str, namespace: str | None = None, value: bool = False) -> Resolution:
        """The export ``name`` means (``namespace``: the grouped namespace it was read from;
        ``value``: it is used as a value, with ``new`` or a member access, so interfaces do not
        count). Answers are kept: the catalogs do not change, and a file names the same classes
        again and again."""
        memo = self.__dict__.setdefault("_resolved", {})
        key = (name, namespace, value)
        if key not in memo:
            memo[key] = self._resolve(name, namespace, value)
        return memo[key]

    def _resolve(self, name: str, namespace: str | None, value: bool) -> Resolution:
        for rule, apply in self.RULES:
            found = apply(self, name, namespace, value)
            if not found:
                continue
            targets = tuple(sorted(
                (t if isinstance(t, Target) else self._target(t) for t in found),
                key=lambda t: (t.package, t.module, t.name)))
            if len(targets) == 1:
                return Resolution(name, targets[0], rule)
            return Resolution(name, None, rule, targets)
        return Resolution(name)

    def _target(self, name: str) -> Target:
        module = self.catalog.module_of_class(name) or self.catalog.module_of_interface(name)
        return Target(self.catalog.package, module, name)


RULES = tuple(rule for rule, _ in Resolver.RULES)
