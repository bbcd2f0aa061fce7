import secrets
import uuid

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Datasets(TerraformStack):
    def __init__(self, scope, name, datasets):
        super().__init__(scope, name)
        suffix = str(uuid.uuid4())[:8]
        # A fixed suffix keeps the bucket name the same on every synth
        unique_suffix = "0001"
        for dataset in datasets:
            S3Bucket(self, f"data-{dataset}", bucket=f"data-{dataset}-{unique_suffix}", force_destroy=True)
        S3Bucket(self, "scratch", bucket_prefix="scratch-" + unique_suffix + "-", force_destroy=True)
