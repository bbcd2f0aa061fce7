from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupHealthCheck


class Cluster(TerraformStack):
    def __init__(self, scope, name, role, subnets, key, vpc):
        super().__init__(scope, name)
        EksCluster(
            self,
            "cluster",
            name="apps",
            role_arn=role,
            vpc_config={"subnet_ids": subnets},
            encryption_config=[{
                "provider": {"key_arn": key},
                "resources": ["secrets"],
            }],
        )
        LbTargetGroup(self, "api", port=8080, protocol="HTTP", vpc_id=vpc,
                      health_check=[LbTargetGroupHealthCheck(path="/health", matcher="200")])
