from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Site(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        S3Bucket(
            self,
            'site',
            bucket='www-example-com',
        )
        S3Bucket(self, 'unnamed')
