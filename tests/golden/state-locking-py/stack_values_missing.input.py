from cdktf import TerraformStack


class Sandbox(TerraformStack):
    def __init__(self, scope, construct_id, region="us-east-1"):
        super().__init__(scope, construct_id)
        self.region = region
