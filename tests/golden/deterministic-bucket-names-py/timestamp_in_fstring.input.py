import time

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Logs(TerraformStack):
    def __init__(self, scope, name, stage):
        super().__init__(scope, name)
        self.logs = S3Bucket(
            self,
            "logs",
            bucket=f"app-logs-{stage}-{int(time.time())}",
        )
