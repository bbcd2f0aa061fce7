from cdktf import S3Backend, TerraformStack


class Locked(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.add_override("terraform.backend.s3.use_lockfile", False)
        S3Backend(self, bucket="state", key="locked.tfstate", region="us-east-1")


class WithTable(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        S3Backend(self, bucket="state", key="table.tfstate", region="us-east-1", dynamodb_table="locks")
