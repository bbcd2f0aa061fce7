from cdktf import S3Backend, TerraformStack


class Broken(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        S3Backend(self, bucket="state", key="k", region="us-east-1")
        return return
