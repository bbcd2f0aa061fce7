"""The named normalization rules of codemods.catalog.resolve, on tiny hand-made catalogs."""
from __future__ import annotations

from codemods.catalog import Catalog, load_catalog
from codemods.catalog.resolve import RULES, Resolver, Target


def _catalog(package: str, classes: dict[str, tuple[str, str, str | None]], interfaces=()) -> Catalog:
    """``classes``: name -> (module, kind, tf_type)."""
    modules: dict[str, dict] = {}
    for name, (module, kind, tf_type) in classes.items():
        entry = modules.setdefault(module, {"namespace": module.replace("-", "_"), "classes": {}, "interfaces": []})
        entry["classes"][name] = {"kind": kind, "tf_type": tf_type, "config": None, "attributes": []}
    for name, module in interfaces:
        modules.setdefault(module, {"namespace": module, "classes": {}, "interfaces": []})["interfaces"].append(name)
    return Catalog({"package": package, "version": "1.0.0", "modules": modules})


AWS = _catalog("@cdktf/provider-aws", {
    "S3Bucket": ("s3-bucket", "resource", "aws_s3_bucket"),
    "S3BucketVersioningA": ("s3-bucket-versioning", "resource", "aws_s3_bucket_versioning"),
    "WafIpset": ("waf-ipset", "resource", "aws_waf_ipset"),
    "ConfigConfigurationRecorder": ("config-configuration-recorder", "resource", "aws_config_configuration_recorder"),
    "DataAwsRegion": ("data-aws-region", "data", "aws_region"),
    "Cloudtrail": ("cloudtrail", "resource", "aws_cloudtrail"),
    "DbInstance": ("db-instance", "resource", "aws_db_instance"),
    "Instance": ("instance", "resource", "aws_instance"),
    "Alb": ("alb", "resource", "aws_alb"),
    "AlbListener": ("alb-listener", "resource", "aws_alb_listener"),
    "LbTargetGroup": ("lb-target-group", "resource", "aws_lb_target_group"),
}, interfaces=[("S3BucketVersioning", "s3-bucket")])
RANDOM = _catalog("@cdktf/provider-random", {"Id": ("id", "resource", "random_id"),
                                             "Password": ("password", "resource", "random_password")})
OTHER = _catalog("@cdktf/provider-other", {"Password": ("password", "resource", "other_password")})


def _resolve(name, resolver=None, **kw):
    return (resolver or Resolver(AWS, [RANDOM])).resolve(name, **kw)


def test_rules_have_a_fixed_order():
    assert RULES == ("exact", "case", "stray-suffix", "legacy-namespace", "aws-prefix", "terraform-type",
                     "repeated-word", "service-prefix", "initialism", "history", "other-package")


def test_each_rule_on_its_example():
    cases = {
        "S3Bucket": ("exact", "S3Bucket"),
        "S3BucketVersioning": ("exact", "S3BucketVersioningA"),  # the class wins over the struct
        "WafIpSet": ("case", "WafIpset"),
        "S3BucketVersioningV2": ("stray-suffix", "S3BucketVersioningA"),
        "AwsConfigConfigurationRecorder": ("aws-prefix", "ConfigConfigurationRecorder"),
        "DataRegion": ("aws-prefix", "DataAwsRegion"),
        "aws_s3_bucket": ("terraform-type", "S3Bucket"),
        "data.aws_region": ("terraform-type", "DataAwsRegion"),
        "CloudtrailTrail": ("repeated-word", "Cloudtrail"),
        "RdsInstance": ("service-prefix", "DbInstance"),
        "Ec2Instance": ("service-prefix", "Instance"),
        "ApplicationLoadBalancer": ("initialism", "Alb"),
        "ApplicationLoadBalancerListener": ("initialism", "AlbListener"),
        "LoadBalancerTargetGroup": ("initialism", "LbTargetGroup"),
    }
    for written, (rule, name) in cases.items():
        resolution = _resolve(written)
        assert (resolution.rule, resolution.target and resolution.target.name) == (rule, name), written


def test_legacy_namespace():
    catalog = _catalog("@cdktf/provider-aws", {"RdsClusterInstance": ("rds-cluster-instance", "resource", "aws_rds_cluster_instance")})
    resolution = Resolver(catalog).resolve("ClusterInstance", namespace="rds")
    assert resolution.rule == "legacy-namespace" and resolution.target.module == "rds-cluster-instance"


def test_other_package_gives_its_package_and_module():
    resolution = _resolve("RandomId", Resolver(AWS, [_catalog("@cdktf/provider-random", {"RandomId": ("id", "resource", "random_id")})]))
    assert resolution.target == Target("@cdktf/provider-random", "id", "RandomId")
    assert resolution.rule == "other-package"


def test_two_candidates_are_a_report_not_a_guess():
    resolution = Resolver(AWS, [RANDOM, OTHER]).resolve("Password")
    assert resolution.target is None and resolution.ambiguous
    assert resolution.did_you_mean() == ("did you mean Password from @cdktf/provider-other/lib/password "
                                         "or Password from @cdktf/provider-random/lib/password")
    assert {c.package for c in resolution.candidates} == {"@cdktf/provider-random", "@cdktf/provider-other"}


def test_ambiguous_case_lists_the_candidates():
    catalog = _catalog("p", {"FooBar": ("a", "resource", "x_a"), "Foobar": ("b", "resource", "x_b")})
    resolution = Resolver(catalog).resolve("FOOBAR")
    assert resolution.rule == "case" and resolution.did_you_mean() == "did you mean FooBar or Foobar"


def test_value_use_skips_interfaces():
    catalog = _catalog("p", {}, interfaces=[("Thing", "m")])
    assert Resolver(catalog).resolve("Thing").target.name == "Thing"
    assert Resolver(catalog).resolve("Thing", value=True).target is None


def test_camel_case_is_not_a_misspelled_class():
    assert _resolve("s3Bucket").target is None


def test_unknown():
    resolution = _resolve("MagicCluster")
    assert resolution.target is None and not resolution.ambiguous and resolution.rule is None


def test_history_renames_when_fed():
    class History:
        def renamed_class(self, old):
            return {"OldBucket": "S3Bucket"}.get(old)

    assert Resolver(AWS, history=History()).resolve("OldBucket").rule == "history"


def test_the_former_hand_list_follows_from_the_rules():
    """The names of the former KNOWN_RENAMES that the rules derive from the shipped catalog."""
    from codemods.catalog.names import resolve_name

    catalog = load_catalog()
    expected = {
        "CloudtrailTrail": "Cloudtrail", "CodepipelinePipeline": "Codepipeline", "Ec2Instance": "Instance",
        "Ec2LaunchTemplate": "LaunchTemplate", "EventbridgeBus": "CloudwatchEventBus",
        "EventbridgeRule": "CloudwatchEventRule", "EventbridgeTarget": "CloudwatchEventTarget",
        "RdsDbInstance": "DbInstance", "RdsInstance": "DbInstance", "RdsSubnetGroup": "DbSubnetGroup",
        "RdsParameterGroup": "DbParameterGroup", "S3BucketVersioningV2": "S3BucketVersioningA",
        "S3BucketServerSideEncryptionConfigurationV2": "S3BucketServerSideEncryptionConfigurationA",
        "S3BucketLifecycleConfigurationV2": "S3BucketLifecycleConfiguration",
        "S3BucketPublicAccessBlockV2": "S3BucketPublicAccessBlock",
    }
    for written, real in expected.items():
        assert resolve_name(catalog, written)[1] == real, written


def test_other_package_by_terraform_type():
    resolution = _resolve("RandomId")
    assert resolution.target == Target("@cdktf/provider-random", "id", "Id")
    assert resolution.rule == "other-package"


def test_initialism_on_the_real_catalog_and_its_limit():
    real = Resolver(load_catalog())
    assert real.resolve("ApplicationLoadBalancer").target.name == "Alb"
    assert real.resolve("VirtualPrivateCloud").target.name == "Vpc"
    assert real.resolve("SecurityGroupIngressRuleThing").target is None  # nothing shortens to a class

