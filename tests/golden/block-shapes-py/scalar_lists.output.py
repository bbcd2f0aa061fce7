from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress


class Ssh(TerraformStack):
    def __init__(self, scope, name, vpc):
        super().__init__(scope, name)
        SecurityGroup(self, 'bastion', vpc_id=vpc, ingress=[
            SecurityGroupIngress(from_port=22, to_port=22, protocol='tcp', cidr_blocks=['203.0.113.0/24']),
        ])
