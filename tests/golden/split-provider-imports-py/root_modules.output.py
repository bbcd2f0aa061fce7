from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.cloudwatch_event_rule import CloudwatchEventRule
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
)
from cdktf_cdktf_provider_aws.vpc import Vpc as AwsVpc


class Vpc:
    """A local helper that happens to share the provider's class name."""


class EventsStack(TerraformStack):
    def __init__(self, scope, name, region="us-west-2"):
        super().__init__(scope, name)
        AwsProvider(self, "aws", region=region)
        AwsVpc(self, "main", cidr_block="10.20.0.0/16")
        bucket = S3Bucket(self, "events", bucket_prefix="events-")
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "events-sse",
            bucket=bucket.id,
            rule=[S3BucketServerSideEncryptionConfigurationRuleA(
                apply_server_side_encryption_by_default=S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(
                    sse_algorithm="aws:kms",
                ),
            )],
        )
        CloudwatchEventRule(self, "nightly", schedule_expression="cron(0 2 * * ? *)")
