from cdktf import S3Backend, TerraformStack


class Legacy(TerraformStack):
    def __init__(self, scope, construct_id, state_bucket):
        super().__init__(scope, construct_id)
        S3Backend(self, bucket=state_bucket, key=f"{construct_id}.tfstate", region="us-west-2",
                  dynamodb_table="terraform-locks")

        # Lock the state with a lock file next to it
        self.add_override("terraform.backend.s3.use_lockfile", True)

        self.add_override("terraform.backend.s3.workspace_key_prefix", "legacy")
