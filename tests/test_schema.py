"""The schema view: which provider interface each object literal is checked against."""
from __future__ import annotations

import textwrap

from codemods.api import fix_text, make_config
from codemods.typescript import syntax as ts
from codemods.typescript.schema import (
    Schema,
    is_plain_number,
    literal_type,
    type_members,
)


def schema(code: str) -> Schema:
    source = textwrap.dedent(code).encode()
    return Schema(source, ts.parse(source).root_node, "typescript")


def checked(code: str) -> list[tuple[str, list[str]]]:
    return [(o.interface.name, [e.key for e in o.entries()]) for o in schema(code).objects]


def test_config_of_named_aliased_and_namespaced_classes():
    found = checked("""
        import * as aws from "@cdktf/provider-aws";
        import { vpc } from "@cdktf/provider-aws";
        import { Eip as ElasticIp } from "@cdktf/provider-aws/lib/eip";
        new ElasticIp(this, "ip", { domain: "vpc" });
        new aws.subnet.Subnet(this, "a", { vpcId: "v" });
        new vpc.Vpc(this, "main", { cidrBlock: "10.0.0.0/16" });
    """)
    assert found == [("EipConfig", ["domain"]), ("SubnetConfig", ["vpcId"]), ("VpcConfig", ["cidrBlock"])]


def test_names_resolved_like_the_import_split_does():
    found = checked("""
        import * as aws from "@cdktf/provider-aws";
        new aws.s3BucketVersioning.S3BucketVersioning(this, "v", { bucket: "b" });
        new aws.s3.S3Bucket(this, "b", { bucket: "b" });
    """)
    assert [name for name, _ in found] == ["S3BucketVersioningAConfig", "S3BucketConfig"]


def test_nested_blocks_list_or_not():
    found = checked("""
        import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
        new S3BucketLifecycleConfiguration(this, "lc", {
          bucket: "b",
          rule: [{ id: "r", status: "Enabled", expiration: { days: 3 } }, { id: "s", status: "Enabled" }],
        });
    """)
    assert found == [
        ("S3BucketLifecycleConfigurationConfig", ["bucket", "rule"]),
        ("S3BucketLifecycleConfigurationRule", ["id", "status", "expiration"]),
        ("S3BucketLifecycleConfigurationRuleExpiration", ["days"]),
        ("S3BucketLifecycleConfigurationRule", ["id", "status"]),
    ]


def test_typed_declarations():
    found = checked("""
        import { SecurityGroupIngress } from "@cdktf/provider-aws/lib/security-group";
        import * as aws from "@cdktf/provider-aws";
        const rules: SecurityGroupIngress[] = [{ fromPort: 80 }, { fromPort: 443 }];
        const bucket: aws.s3Bucket.S3BucketConfig = { bucket: "b" };
    """)
    assert found == [("SecurityGroupIngress", ["fromPort"]), ("SecurityGroupIngress", ["fromPort"]),
                     ("S3BucketConfig", ["bucket"])]


def test_local_names_casts_and_unknown_modules_are_not_checked():
    found = checked("""
        import { Construct } from "constructs";
        import { Eip } from "@cdktf/provider-aws/lib/eip";
        class Vpc extends Construct {}
        interface S3BucketConfig { bucket: string }
        new Vpc(this, "v", { cidrBlock: 1 });
        const own: S3BucketConfig = { bucket: "b" };
        new Eip(this, "ip", { vpc: true } as any);
        new Eip(this, "ip2", ({ domain: "vpc" }));
    """)
    assert found == [("EipConfig", ["domain"])]


def test_meta_arguments_are_accepted_on_configs_only():
    s = schema("""
        import { Vpc } from "@cdktf/provider-aws/lib/vpc";
        import { LbTargetGroupHealthCheck } from "@cdktf/provider-aws/lib/lb-target-group";
        new Vpc(this, "v", { dependsOn: [], lifecycle: {} });
        const check: LbTargetGroupHealthCheck = { path: "/" };
    """)
    config, block = s.objects
    assert config.accepts("dependsOn") and config.accepts("lifecycle") and not config.accepts("vpc")
    assert not block.accepts("dependsOn")


def test_class_of_variables_and_fields():
    s = schema("""
        import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
        import { Vpc } from "@cdktf/provider-aws/lib/vpc";
        class Net {
          private readonly zones: DataAwsAvailabilityZones;
          private other = new Vpc(this, "o", {});
          constructor() {
            this.zones = new DataAwsAvailabilityZones(this, "z", {});
            const azs = new DataAwsAvailabilityZones(this, "azs", {});
            let twice = new Vpc(this, "a", {});
            twice = somethingElse();
            use(azs.names, this.zones.names, this.other.id, twice.id);
          }
        }
    """)
    calls = ts.captures("typescript", "(call_expression function: (identifier) @f arguments: (arguments) @a)", s.root)
    args = [a for a in calls["a"][-1].named_children]
    objects_ = [a.child_by_field_name("object") for a in args]
    assert [s.class_of(o) for o in objects_] == ["DataAwsAvailabilityZones", "DataAwsAvailabilityZones", "Vpc", None]


def test_literals_and_types():
    parsed = ts.parse(b"x('a', `b`, `c${d}`, 1, -2.5, true, null);").root_node
    args = ts.captures("typescript", "(arguments) @a", parsed)["a"][0].named_children
    assert [literal_type(a) for a in args] == ["string", "string", None, "number", "number", "boolean", None]
    assert type_members("Foo[] | cdktf.IResolvable") == ["Foo[]", "cdktf.IResolvable"]
    assert type_members("{ [key: string]: string | number }") == ["{ [key: string]: string | number }"]
    assert [is_plain_number(t) for t in ("443", "-1", "0.5", "080", "1.50", "1e3", "", "-0")] == [
        True, True, True, False, False, False, False, False]


def test_lossy_scalar_is_reported_not_fixed():
    code = textwrap.dedent("""
        import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
        new LbTargetGroup(this, "t", { port: "http", slowStart: "030", deregistrationDelay: 1e3 });
    """)
    result = fix_text(code, "lib/t.ts", make_config(select=["scalar-types"]))
    assert result.fixed.decode() == code
    assert [d.message.split(" wants")[0] for d in result.remaining] == [
        "port of LbTargetGroupConfig", "slowStart of LbTargetGroupConfig", "deregistrationDelay of LbTargetGroupConfig"]


def test_a_syntax_error_elsewhere_does_not_stop_the_fix():
    code = textwrap.dedent("""
        import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
        new LbTargetGroup(this, "t", { port: "80" });
        const broken = {;
    """)
    result = fix_text(code, "lib/t.ts", make_config(select=["scalar-types"]))
    assert b'port: 80 }' in result.fixed


def test_several_blocks_where_one_is_wanted_are_reported():
    code = textwrap.dedent("""
        import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
        new LbTargetGroup(this, "t", { healthCheck: [{ path: "/a" }, { path: "/b" }] });
    """)
    result = fix_text(code, "lib/t.ts", make_config(select=["block-shapes"]))
    assert result.fixed.decode() == code
    assert [d.message for d in result.remaining] == [
        "healthCheck of LbTargetGroupConfig is one block, not a list; left as it is"]


def property_name_messages(body: str) -> list[str]:
    code = 'import { AutoscalingGroup } from "@cdktf/provider-aws/lib/autoscaling-group";\n' \
           'import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";\n' \
           'import { CloudtrailEventDataStore } from "@cdktf/provider-aws/lib/cloudtrail-event-data-store";\n' \
           'import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n' \
           'import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";\n' + body
    result = fix_text(code, "lib/t.ts", make_config(select=["config-property-names"]))
    assert result.fixed.decode() == code
    return [d.message for d in result.remaining]


def test_unclear_property_names_are_reported_not_renamed():
    assert property_name_messages('new AutoscalingGroup(this, "a", { maxSize: 1, minSize: 1, tags: { Name: "x" } });') == [
        "tags is not a property of AutoscalingGroupConfig (nearest: tag); left as it is"]
    assert property_name_messages('new SnsTopic(this, "t", { kmsKeyId: "k", kmsMasterKeyId: "k" });') == [
        "kmsKeyId is not a property of SnsTopicConfig, and kmsMasterKeyId is already set; left as it is"]
    assert property_name_messages('new SnsTopic(this, "t", { encryptionSettings: "k" });') == [
        "encryptionSettings is not a property of SnsTopicConfig; left as it is"]
    assert property_name_messages(
        'new CloudtrailEventDataStore(this, "s", { name: "s", advancedEventSelector: [{ fieldSelector: [{ field: "x", contains: ["y"] }] }] });'
    ) == ["contains is not a property of CloudtrailEventDataStoreAdvancedEventSelectorFieldSelector; left as it is"]


def test_a_negated_property_is_never_the_match():
    code = textwrap.dedent("""
        import { CloudtrailEventDataStore } from "@cdktf/provider-aws/lib/cloudtrail-event-data-store";
        new CloudtrailEventDataStore(this, "s", { name: "s", advancedEventSelector: [{ fieldSelector: [{ field: "x", equals: ["y"] }] }] });
    """)
    result = fix_text(code, "lib/t.ts", make_config(select=["config-property-names"]))
    assert 'equalTo: ["y"]' in result.fixed.decode()


def test_props_of_project_constructs_declaring_provider_types():
    from codemods.core.project import Project

    construct = textwrap.dedent("""
        import { Construct } from "constructs";
        import { SecurityGroupRuleConfig } from "@cdktf/provider-aws/lib/security-group-rule";
        import * as aws from "@cdktf/provider-aws";
        export interface FirewallProps { name: string; rules: SecurityGroupRuleConfig[]; bucket?: aws.s3Bucket.S3BucketConfig }
        export class Firewall extends Construct {
          constructor(scope: Construct, id: string, props: FirewallProps) { super(scope, id); }
        }
    """).encode()
    stack = textwrap.dedent("""
        import { Firewall } from "./firewall";
        new Firewall(this, "fw", { name: "x", rules: [{ fromPort: 1 }, { toPort: 2 }], bucket: { bucket: "b" } });
    """).encode()
    project = Project(texts={"lib/firewall.ts": construct, "lib/stack.ts": stack})
    s = Schema(stack, ts.parse(stack).root_node, "typescript", project, "lib/stack.ts")
    assert [(o.interface.name, o.origin, o.holder) for o in s.objects] == [
        ("SecurityGroupRuleConfig", "props", "rules"), ("SecurityGroupRuleConfig", "props", "rules"),
        ("S3BucketConfig", "props", "bucket")]


def test_shorthand_properties_are_entries_and_renamed_with_their_value():
    code = textwrap.dedent("""
        import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
        const kmsKeyId = "alias/aws/sns";
        new SnsTopic(this, "t", { kmsKeyId });
    """)
    result = fix_text(code, "lib/t.ts", make_config(select=["config-property-names"]))
    assert "{ kmsMasterKeyId: kmsKeyId }" in result.fixed.decode()


def test_a_key_of_a_companion_resource_is_reported_naming_it():
    assert property_name_messages('new S3Bucket(this, "b", { bucketPrefix: "b-", blockPublicAcls: true });') == [
        "blockPublicAcls is not a property of S3BucketConfig: it belongs to S3BucketPublicAccessBlock, "
        "a resource of its own that refers to this one; left as it is"]
    assert property_name_messages('new LambdaFunction(this, "f", { functionName: "f", role: "r", code: "x" });') == [
        "code is not a property of LambdaFunctionConfig (nearest: sourceCodeHash, codeSigningConfigArn); left as it is"]
