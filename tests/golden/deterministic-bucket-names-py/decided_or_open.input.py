from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Fine(TerraformStack):
    def __init__(self, scope, name, options, stage):
        super().__init__(scope, name)
        S3Bucket(self, "keep", bucket=f"audit-{stage}", force_destroy=False)
        S3Bucket(self, "configured", **options)
        S3Bucket(self, "fixed", bucket=f"fixed-{stage}-0001", force_destroy=True)
