from constructs import Construct
from cdktf import TerraformOutput
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider


class Cluster(Construct):
    def __init__(self, scope: Construct, id: str, role_arn: str, subnet_ids: list):
        super().__init__(scope, id)
        cluster = EksCluster(self, "cluster", name="main", role_arn=role_arn,
                             vpc_config={"subnet_ids": subnet_ids})

        # OIDC issuer for IRSA
        IamOpenidConnectProvider(self, "oidc", client_id_list=["sts.amazonaws.com"],
                                 thumbprint_list=[], url=cluster.identity[0].oidc[0].issuer)
        TerraformOutput(self, "ca", value=cluster.certificate_authority[0].data)
