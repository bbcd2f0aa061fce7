from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule


class Https(TerraformStack):
    def __init__(self, scope, name, group):
        super().__init__(scope, name)
        SecurityGroupRule(self, "https", type="ingress", protocol="-1", from_port=443, to_port=443,
                          cidr_blocks=["0.0.0.0/0"], security_group_id=group)
