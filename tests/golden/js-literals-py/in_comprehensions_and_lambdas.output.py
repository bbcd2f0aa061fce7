from cdktf_cdktf_provider_aws.subnet import Subnet


def subnets(scope, vpc_id, cidrs):
    made = [Subnet(scope, f"s{i}", vpc_id=vpc_id, cidr_block=c, map_public_ip_on_launch=True)
            for i, c in enumerate(cidrs)]
    public = lambda s: s if s is not None else False
    return made, public
