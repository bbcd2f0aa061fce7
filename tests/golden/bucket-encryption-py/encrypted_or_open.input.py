from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfiguration as Sse,
)


class Fine(TerraformStack):
    def __init__(self, scope, name, settings):
        super().__init__(scope, name)
        self.logs = S3Bucket(self, "logs", bucket="fine-logs")
        Sse(self, "logs-sse", bucket=self.logs.bucket, rule=[])
        S3Bucket(self, "inline", server_side_encryption_configuration={"rule": {}})
        S3Bucket(self, "configured", **settings)
