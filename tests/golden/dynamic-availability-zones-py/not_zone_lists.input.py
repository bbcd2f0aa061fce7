from cdktf import TerraformStack


class Fine(TerraformStack):
    def __init__(self, scope, name, region):
        super().__init__(scope, name)
        self.by_region = {"us-east-1": ["us-east-1a", "us-east-1b"], "eu-west-1": ["eu-west-1a"]}
        self.mixed = ["us-east-1a", "us-west-2a"]
        self.ids = ["use1-az1", "use1-az2"]
        self.regions = ["us-east-1", "eu-west-1"]
