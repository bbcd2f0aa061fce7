from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningVersioningConfiguration


class Logs(Construct):
    def __init__(self, scope: Construct, id: str, bucket: str):
        super().__init__(scope, id)
        S3BucketLifecycleConfiguration(
            self, "expiry", bucket=bucket,
            rule=[S3BucketLifecycleConfigurationRule(
                id="expire", status="Enabled",
                # a namesake from another resource's module
                filter=[S3BucketVersioningVersioningConfiguration(status="Enabled")],
            )],
        )
