from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.default_security_group import DefaultSecurityGroup as Default
from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule as Rule


class Lockdown(TerraformStack):
    def __init__(self, scope, name, vpc, group):
        super().__init__(scope, name)
        Default(self, "default", vpc_id=vpc,
                egress=[{"protocol": "-1", "from_port": 0, "to_port": 65535, "cidr_blocks": ["10.0.0.0/16"]}])
        Rule(self, "in", type="ingress", protocol="-1", from_port=0, to_port=0, self_attribute=True, security_group_id=group)
