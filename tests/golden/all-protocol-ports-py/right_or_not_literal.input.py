from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule


class Fine(TerraformStack):
    def __init__(self, scope, name, vpc, group, protocol, last_port):
        super().__init__(scope, name)
        SecurityGroup(self, "g", vpc_id=vpc,
                      egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}])
        SecurityGroupRule(self, "a", type="egress", protocol="-1", from_port=0, to_port=65535,
                          cidr_blocks=["0.0.0.0/0"], security_group_id=group)
        SecurityGroupRule(self, "b", type="egress", protocol=protocol, from_port=0, to_port=0,
                          cidr_blocks=["0.0.0.0/0"], security_group_id=group)
        SecurityGroupRule(self, "c", type="egress", protocol="-1", from_port=0, to_port=last_port,
                          cidr_blocks=["0.0.0.0/0"], security_group_id=group)
        SecurityGroupRule(self, "d", type="ingress", protocol="tcp", from_port=0, to_port=0,
                          cidr_blocks=["10.0.0.0/8"], security_group_id=group)
