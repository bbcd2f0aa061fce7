from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.vpc_peering_connection_accepter import (  # the peer side
    VpcPeeringConnectionAccepterA,  # accepts the request
    VpcPeeringConnectionAccepterAccepter,
)


class Peer(TerraformStack):
    def __init__(self, scope, name, request):
        super().__init__(scope, name)
        VpcPeeringConnectionAccepterA(
            self, "accept", vpc_peering_connection_id=request, auto_accept=True,
            accepter=VpcPeeringConnectionAccepterAccepter(allow_remote_vpc_dns_resolution=True),
        )
