from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress

SecurityGroupIngress(from_port=22, to_port=22, protocol="tcp", cidr_blocks="10.0.0.0/8")
x = = 1
