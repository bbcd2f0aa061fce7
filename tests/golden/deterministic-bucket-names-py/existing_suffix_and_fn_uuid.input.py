from cdktf import Fn, TerraformStack
from cdktf_cdktf_provider_aws import s3_bucket


class Reports(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        unique_suffix = "0042"
        s3_bucket.S3Bucket(self, "reports", bucket=f"reports-{Fn.uuid()}", force_destroy=True)
