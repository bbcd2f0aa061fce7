from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA


class Tenants(TerraformStack):
    def __init__(self, scope, name, tenants):
        super().__init__(scope, name)
        self.buckets = {}
        for tenant in tenants:
            self.buckets[tenant] = S3Bucket(self, f"tenant-{tenant}", bucket=f"tenant-{tenant}-data")
            S3BucketServerSideEncryptionConfigurationA(
                self,
                f"tenant-{tenant}-encryption",
                bucket=self.buckets[tenant].id,
                rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
            )
        self.archive = S3Bucket(self, f"archive-{name}", force_destroy=False)
        S3BucketServerSideEncryptionConfigurationA(
            self,
            f"archive-{name}-encryption",
            bucket=self.archive.id,
            rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
        )
