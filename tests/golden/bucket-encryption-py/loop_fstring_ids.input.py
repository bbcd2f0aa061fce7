from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Tenants(TerraformStack):
    def __init__(self, scope, name, tenants):
        super().__init__(scope, name)
        self.buckets = {}
        for tenant in tenants:
            self.buckets[tenant] = S3Bucket(self, f"tenant-{tenant}", bucket=f"tenant-{tenant}-data")
        self.archive = S3Bucket(self, f"archive-{name}", force_destroy=False)
