from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule


class Egress(TerraformStack):
    def __init__(self, scope, name, group):
        super().__init__(scope, name)
        SecurityGroupRule(
            self,
            "all-out",
            type="egress",
            protocol="-1",
            from_port=0,
            to_port=0,  # everything
            cidr_blocks=["0.0.0.0/0"],
            security_group_id=group,
        )
        SecurityGroupRule(self, "all-out-numeric", type="egress", protocol=-1, from_port=0, to_port=0,
                          cidr_blocks=["10.0.0.0/8"], security_group_id=group)
