from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup


class CacheStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)

        ElasticacheReplicationGroup(
            self,
            "cache",
            replication_group_id="sessions",
            description="session cache",
            at_rest_encryption_enabled="true",
            auto_minor_version_upgrade="false",
            transit_encryption_enabled=True,  # already a boolean
            port=6379,
        )

        LbTargetGroup(self, "web", name="web", port=80, protocol="HTTP", deregistration_delay="30")
