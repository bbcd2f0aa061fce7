from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.db_subnet_group import DbSubnetGroup


class Data(TerraformStack):
    def __init__(self, scope, name, target):
        super().__init__(scope, name)
        self.target = target
        AwsProvider(self, "aws", region=self.target)
        AwsProvider(self, "backup", alias="backup", region="us-west-2")
        self.zones = [
            f"{self.target}a",
            f"{self.target}b",
        ]
