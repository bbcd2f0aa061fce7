from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import vpc_security_group_egress_rule, vpc_security_group_ingress_rule


class Rules(TerraformStack):
    def __init__(self, scope, name, group, peer):
        super().__init__(scope, name)
        vpc_security_group_egress_rule.VpcSecurityGroupEgressRule(
            self, 'out', security_group_id=group, ip_protocol='-1',
            cidr_ipv4='0.0.0.0/0')
        vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule(
            self,
            'from-peer',
            security_group_id=group,
            referenced_security_group_id=peer,
            ip_protocol='-1',
        )
