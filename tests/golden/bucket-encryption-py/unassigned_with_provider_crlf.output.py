from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA


class Replica(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        west = AwsProvider(self, 'west', region='us-west-2', alias='west')
        replica_logs_bucket = S3Bucket(self, 'Replica-Logs', bucket_prefix='replica-logs-', provider=west)
        S3BucketServerSideEncryptionConfigurationA(
            self,
            'Replica-Logs-encryption',
            bucket=replica_logs_bucket.id,
            provider=west,
            rule=[{'apply_server_side_encryption_by_default': {'sse_algorithm': 'AES256'}}],
        )
