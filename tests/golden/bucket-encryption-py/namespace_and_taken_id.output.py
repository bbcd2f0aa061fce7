from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import s3_bucket
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA


class Lake(TerraformStack):
    def __init__(self, scope, name, policy):
        super().__init__(scope, name)
        data = s3_bucket.S3Bucket(self, "data", bucket="lake-data")
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "data-encryption2",
            bucket=data.id,
            rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
        )
        S3BucketPolicy(self, "data-encryption", bucket=data.id, policy=policy)
