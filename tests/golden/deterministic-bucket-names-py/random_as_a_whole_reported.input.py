import uuid

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Anonymous(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        S3Bucket(self, "anonymous", bucket=str(uuid.uuid4()), force_destroy=True)
