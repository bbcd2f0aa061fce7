from cdktf_cdktf_provider_aws.instance import Instance

region = 'ca-central-1'

PLACEMENT = {'availability_zone': f'{region}b', 'tenancy': 'default'}


def bastion(scope):
    return Instance(scope, 'bastion', ami='ami-0abcdef1234567890', instance_type='t3.nano',
                    availability_zone=f'{region}a')
