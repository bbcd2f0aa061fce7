from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class Database(TerraformStack):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id)
        DbInstance(
            self,
            "orders",
            engine="postgres",
            instance_class="db.t4g.medium",
            storage_encrypted=True,
            kms_key_id="alias/aws/rds",  # the default RDS key
            manage_master_user_password=True,
            username="orders",
        )
