from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAcl
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
)


class Edge(TerraformStack):
    def __init__(self, scope, name, bucket):
        super().__init__(scope, name)
        Wafv2WebAcl(
            self,
            "edge-acl",
            name="edge",
            scope="CLOUDFRONT",
            default_action={"allow": {}},
            visibility_config={
                "cloudwatch_metrics_enabled": True,
                "metric_name": "edge",
                "sampled_requests_enabled": True,
            },
        )
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "sse",
            bucket=bucket,
            rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
        )
