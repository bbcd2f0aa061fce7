from cdktf import TerraformStack, S3Backend


class Reports(TerraformStack):

    def __init__(self, scope, stack_id, config):
        super().__init__(scope, stack_id)
        self.environment_suffix = config["suffix"]
        self.state_bucket = config["state_bucket"]
        self.state_bucket_region = config["state_region"]

        S3Backend(
            self,
            bucket=self.state_bucket,
            key=f"{self.environment_suffix}/{stack_id}.tfstate",
            region=self.state_bucket_region,
            encrypt=True,
        )
