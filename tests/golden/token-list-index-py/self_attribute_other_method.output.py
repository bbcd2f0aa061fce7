from constructs import Construct
from cdktf import TerraformOutput
from cdktf_cdktf_provider_aws import eks_cluster


class Cluster(Construct):
    def __init__(self, scope: Construct, id: str, role_arn: str):
        super().__init__(scope, id)
        self.cluster = eks_cluster.EksCluster(self, "cluster", name="main", role_arn=role_arn,
                                              vpc_config={"subnet_ids": []})
        self._outputs()

    def _outputs(self):
        TerraformOutput(self, "issuer", value=self.cluster.identity.get(0).oidc.get(0).issuer)
