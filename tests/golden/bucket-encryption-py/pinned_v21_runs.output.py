from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
)


class Media(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        uploads = S3Bucket(
            self,
            "uploads",
            bucket_prefix="media-uploads-",
        )
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "uploads-encryption",
            bucket=uploads.id,
            rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
        )
        thumbnails = S3Bucket(self, "thumbnails", bucket_prefix="media-thumbs-")
        S3BucketServerSideEncryptionConfigurationA(
            self, "thumbnails-sse", bucket=thumbnails.id,
            rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}}],
        )

        # serve both through the CDN
