from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule

SecurityGroupRule(self, "r", type="egress", protocol="-1", from_port=0, to_port=0)
class
