from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault,
)


class Encrypted(Construct):
    def __init__(self, scope: Construct, id: str, bucket_id: str):
        super().__init__(scope, id)
        S3BucketServerSideEncryptionConfigurationA(
            self, "encryption", bucket=bucket_id,
            rule=[S3BucketServerSideEncryptionConfigurationRuleA(
                # the struct's name lacks jsii's A: split-provider-imports-py renames its import
                apply_server_side_encryption_by_default=S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault(
                    sse_algorithm="AES256"),
            )],
        )
