from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.elasticache_subnet_group import ElasticacheSubnetGroup
from cdktf_cdktf_provider_aws.eks_node_group import EksNodeGroup, EksNodeGroupScalingConfig


class Platform(TerraformStack):
    def __init__(self, scope, name, subnets, cluster, role):
        super().__init__(scope, name)
        cache_subnets = ElasticacheSubnetGroup(
            self,
            "cache-subnets",
            name="sessions-cache",
            subnet_ids=subnets,
        )
        ElasticacheReplicationGroup(
            self,
            "sessions",
            replication_group_id="sessions",
            description="user sessions",  # shown in the console
            node_type="cache.t4g.small",
            subnet_group_name=cache_subnets.name,
        )
        EksNodeGroup(
            self, "batch",
            cluster_name=cluster, node_role_arn=role, subnet_ids=subnets,
            scaling_config=EksNodeGroupScalingConfig(desired_size=1, max_size=3, min_size=1),
            taint=[{"key": "batch", "value": "true", "effect": "NO_SCHEDULE"}],
        )
