"""Resolving the provider names models write to the names the pinned provider exports.

Order: the exact class or interface; the ``A`` form of a resource (``S3BucketVersioning`` ->
``S3BucketVersioningA``); a stray ``A`` (``S3BucketCorsConfigurationA`` ->
``S3BucketCorsConfiguration``) or provider-v4 ``V2`` (``S3BucketLoggingV2`` -> ``S3BucketLoggingA``); the grouped namespace of old releases as a prefix
(``rds.ClusterInstance`` -> ``RdsClusterInstance``); then the Terraform spellings models
borrow from other tools (:data:`KNOWN_RENAMES`).
"""
from __future__ import annotations

from . import Catalog

#: Names models use for resources that the provider calls otherwise (from observed model output).
KNOWN_RENAMES = {
    "ApplicationLoadBalancer": "Lb",
    "CloudtrailTrail": "Cloudtrail",
    "CodepipelinePipeline": "Codepipeline",
    "Ec2Instance": "Instance",
    "Ec2LaunchTemplate": "LaunchTemplate",
    "EventbridgeBus": "CloudwatchEventBus",
    "EventbridgeRule": "CloudwatchEventRule",
    "EventbridgeTarget": "CloudwatchEventTarget",
    "RdsDbInstance": "DbInstance",
    "RdsInstance": "DbInstance",
    "RdsSubnetGroup": "DbSubnetGroup",
    "RdsClusterSubnetGroup": "DbSubnetGroup",
    "RdsParameterGroup": "DbParameterGroup",
    "S3BucketVersioningV2": "S3BucketVersioningA",
    "S3BucketServerSideEncryptionConfigurationV2": "S3BucketServerSideEncryptionConfigurationA",
    "S3BucketLifecycleConfigurationV2": "S3BucketLifecycleConfiguration",
    "S3BucketPublicAccessBlockV2": "S3BucketPublicAccessBlock",
}


def resolve_name(catalog: Catalog, name: str, namespace: str | None = None) -> tuple[str, str] | None:
    """(module, exported name) for a class or interface name as a model wrote it, or None."""
    candidates = [name]
    if name.endswith("A") and len(name) > 1:
        candidates.append(name[:-1])
    if name.endswith("V2") and len(name) > 2:
        candidates.append(name[:-2])
    if namespace:
        candidates.append(namespace[:1].upper() + namespace[1:] + name)
    if name in KNOWN_RENAMES:
        candidates.append(KNOWN_RENAMES[name])
    for candidate in candidates:
        real = catalog.resolve_class(candidate)
        if real is not None:
            return catalog.module_of_class(real), real
        if catalog.has_interface(candidate):
            return catalog.module_of_interface(candidate), candidate
    return None
