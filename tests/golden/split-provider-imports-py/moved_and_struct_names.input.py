from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.route_table import RouteTable, Route
from cdktf_cdktf_provider_aws.launch_template import LaunchTemplate, LaunchTemplateTagSpecification
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupStickinessConfig
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRule,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault,
)


class Web(TerraformStack):
    def __init__(self, scope, name, network, gateway, bucket):
        super().__init__(scope, name)
        table = RouteTable(self, "public", vpc_id=network.id)
        Route(self, "default", route_table_id=table.id, destination_cidr_block="0.0.0.0/0",
              gateway_id=gateway.id)
        LaunchTemplate(
            self, "web",
            image_id="ami-0abcdef1234567890",
            tag_specifications=[LaunchTemplateTagSpecification(resource_type="instance", tags={"Role": "web"})],
        )
        S3BucketServerSideEncryptionConfigurationA(
            self, "sse", bucket=bucket,
            rule=[S3BucketServerSideEncryptionConfigurationRule(
                apply_server_side_encryption_by_default=S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault(sse_algorithm="AES256"))],
        )
        LbTargetGroup(self, "web-targets", port=80, protocol="HTTP", vpc_id=network.id,
                      stickiness=LbTargetGroupStickinessConfig(type="lb_cookie", enabled=True))
