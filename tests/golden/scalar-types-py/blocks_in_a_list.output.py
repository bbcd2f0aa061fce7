from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import S3BucketLifecycleConfiguration


class Logs(Construct):
    def __init__(self, scope: Construct, id: str, bucket: str):
        super().__init__(scope, id)
        S3BucketLifecycleConfiguration(
            self,
            "expiry",
            bucket=bucket,
            rule=[
                {
                    "id": "expire-logs",
                    "status": "Enabled",
                    "expiration": [{"days": 90}],
                    "noncurrent_version_expiration": [{"noncurrent_days": 30}],
                },
            ],
        )
