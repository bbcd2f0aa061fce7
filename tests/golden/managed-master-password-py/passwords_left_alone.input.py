from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.dms_endpoint import DmsEndpoint
from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster


class Fine(TerraformStack):
    def __init__(self, scope, name, secret, snapshot, common):
        super().__init__(scope, name)
        DbInstance(self, "from-secret", engine="mysql", instance_class="db.t4g.micro", username="a", password=secret)
        DbInstance(self, "restored", engine="mysql", instance_class="db.t4g.micro", username="a",
                   password="Restored123!", snapshot_identifier=snapshot)
        DbInstance(self, "flag-off", engine="mysql", instance_class="db.t4g.micro", username="a",
                   password=secret, manage_master_user_password=False)
        RdsCluster(self, "kw", engine="aurora-mysql", master_password="Kw123456!", **common)
        DmsEndpoint(self, "source", endpoint_id="source", endpoint_type="source", engine_name="mysql",
                    password="Source123!")
