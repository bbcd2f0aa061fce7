from constructs import Construct
from cdktf_cdktf_provider_aws.eks_node_group import EksNodeGroup


class Nodes(Construct):
    def __init__(self, scope: Construct, id: str, cluster_name: str, role_arn: str, first: int):
        super().__init__(scope, id)
        group = EksNodeGroup(self, "nodes", cluster_name=cluster_name, node_role_arn=role_arn, subnet_ids=[],
                             scaling_config={"desired_size": 2, "max_size": 3, "min_size": 1})
        self.asg = group.resources[first].autoscaling_groups[0].name
