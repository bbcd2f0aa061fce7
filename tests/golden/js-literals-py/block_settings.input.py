from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA


class Logs(Construct):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        bucket = S3Bucket(self, "logs", bucket_prefix="logs-", force_destroy=false)
        S3BucketVersioningA(self, "versioning", bucket=bucket.id,
                            versioning_configuration={"status": "Enabled", "mfa_delete": false})
        self.enabled = true  # mirrors the TypeScript flag
