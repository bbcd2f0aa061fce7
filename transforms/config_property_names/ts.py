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
from transforms.config_property_names import VALUE_RENAMES, best_matches, class_of_config, companions, unclear


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
