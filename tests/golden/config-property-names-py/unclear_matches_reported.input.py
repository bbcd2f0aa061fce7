from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup


class Addons(TerraformStack):
    def __init__(self, scope, name, cluster):
        super().__init__(scope, name)
        EksAddon(self, "dns", cluster_name=cluster, addon_name="coredns", resolve_conflicts="OVERWRITE")
        ElasticacheReplicationGroup(
            self, "cache", replication_group_id="cache", description="cache",
            replication_group_description="duplicate", auth_token_enabled=True,
        )
