from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.redshift_cluster import RedshiftCluster


class Warehouse(TerraformStack):
    def __init__(self, scope, name, key):
        super().__init__(scope, name)
        DbInstance(
            self, "app-db",
            engine="postgres",
            instance_class="db.t4g.small",
            allocated_storage=50,
            username="app",
            manage_master_user_password=True,
            master_user_secret_kms_key_id=key,
        )
        RedshiftCluster(self, "wh", cluster_identifier="wh", node_type="ra3.xlplus",
                        master_username="wh", manage_master_password=True)
