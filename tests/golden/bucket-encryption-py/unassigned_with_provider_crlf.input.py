from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Replica(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        west = AwsProvider(self, 'west', region='us-west-2', alias='west')
        S3Bucket(self, 'Replica-Logs', bucket_prefix='replica-logs-', provider=west)
