from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress


class Web(TerraformStack):
    def __init__(self, scope, name, vpc):
        super().__init__(scope, name)
        SecurityGroup(
            self, "web", vpc_id=vpc,
            ingress=[{"protocol": "all", "from_port": 0, "to_port": 0, "self_attribute": True}],
            egress=[SecurityGroupEgress(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])],
        )
