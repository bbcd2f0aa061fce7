from constructs import Construct
from cdktf import Fn
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster


class Cluster(Construct):
    def __init__(self, scope: Construct, id: str, role_arn: str, other):
        super().__init__(scope, id)
        cluster = EksCluster(self, "cluster", name="main", role_arn=role_arn, vpc_config={"subnet_ids": []})
        zones = DataAwsAvailabilityZones(self, "zones", state="available")
        issuer = cluster.identity.get(0).oidc.get(0).issuer
        first_zone = Fn.element(zones.names, 0)
        names = zones.names[0:2]  # a slice: not a block index
        theirs = other.identity[0].oidc[0].issuer  # a parameter: its class is not known here
