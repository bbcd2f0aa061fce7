from constructs import Construct
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster


class Cluster(Construct):
    def __init__(self, scope, id, role_arn):
        super().__init__(scope, id)
        c = EksCluster(self, "c", name="c", role_arn=role_arn, vpc_config={"subnet_ids": []})
        self.endpoint_ca = c.certificate_authority.get(0).data  # for kubeconfig
