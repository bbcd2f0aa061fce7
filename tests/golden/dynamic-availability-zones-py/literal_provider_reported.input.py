from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider


class Pinned(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        AwsProvider(self, "aws", region="sa-east-1")
        self.zones = ["sa-east-1a", "sa-east-1c"]
