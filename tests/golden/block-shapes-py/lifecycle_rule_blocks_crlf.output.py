from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleExpiration,
    S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration,
)


class Retention(TerraformStack):
    def __init__(self, scope, name, bucket):
        super().__init__(scope, name)
        S3BucketLifecycleConfiguration(
            self,
            "retention",
            bucket=bucket,
            rule=[
                S3BucketLifecycleConfigurationRule(
                    id="expire-reports",
                    status="Enabled",
                    filter=[{"prefix": "reports/"}],
                    expiration=[S3BucketLifecycleConfigurationRuleExpiration(
                        days=400,  # thirteen months
                    )],
                    noncurrent_version_expiration=[S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(noncurrent_days=30)],
                )
            ],
        )
