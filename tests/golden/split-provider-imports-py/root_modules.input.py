from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import provider, s3_bucket, eventbridge_rule, \
    vpc


class Vpc:
    """A local helper that happens to share the provider's class name."""


class EventsStack(TerraformStack):
    def __init__(self, scope, name, region="us-west-2"):
        super().__init__(scope, name)
        provider.AwsProvider(self, "aws", region=region)
        vpc.Vpc(self, "main", cidr_block="10.20.0.0/16")
        bucket = s3_bucket.S3Bucket(self, "events", bucket_prefix="events-")
        s3_bucket.S3BucketServerSideEncryptionConfiguration(
            self,
            "events-sse",
            bucket=bucket.id,
            rule=[s3_bucket.S3BucketServerSideEncryptionConfigurationRule(
                apply_server_side_encryption_by_default=s3_bucket.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault(
                    sse_algorithm="aws:kms",
                ),
            )],
        )
        eventbridge_rule.EventbridgeRule(self, "nightly", schedule_expression="cron(0 2 * * ? *)")
