from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster


class Catalogue(TerraformStack):
    def __init__(self, scope, name, subnets):
        super().__init__(scope, name)
        RdsCluster(
            self,
            "catalogue-db",
            cluster_identifier="catalogue",
            engine="aurora-postgresql",
            master_username="catalogue",
            manage_master_user_password=True,
            db_subnet_group_name=subnets,
            storage_encrypted=True,
        )
