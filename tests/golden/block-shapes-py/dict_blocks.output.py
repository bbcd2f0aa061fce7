from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import provider, s3_bucket_lifecycle_configuration as lifecycle


class Tagged(TerraformStack):
    def __init__(self, scope, name, bucket):
        super().__init__(scope, name)
        provider.AwsProvider(self, "aws", region="eu-west-1", default_tags=[{"tags": {"team": "data"}}])
        lifecycle.S3BucketLifecycleConfiguration(
            self, "tmp", bucket=bucket,
            rule=[{"id": "tmp", "status": "Enabled", "expiration": [{"days": 1}]}],
        )
