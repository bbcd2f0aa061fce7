"""Versioned, encrypted artifact storage."""
from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import (
    S3BucketVersioning,
    S3BucketVersioningVersioningConfiguration,
)
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfiguration as Encryption


class ArtifactStore(TerraformStack):
    def __init__(self, scope: Construct, name: str):
        super().__init__(scope, name)
        store = S3Bucket(self, 'artifacts', bucket_prefix='artifacts-')
        # keep every version of a build
        S3BucketVersioning(
            self,
            'artifacts-versioning',
            bucket=store.id,
            versioning_configuration=S3BucketVersioningVersioningConfiguration(status='Enabled'),
        )
        Encryption(self, 'artifacts-sse', bucket=store.id, rule=[])
