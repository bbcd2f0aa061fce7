from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class Reporting(TerraformStack):
    def __init__(self, scope, name, secret):
        super().__init__(scope, name)
        DbInstance(self, "reporting", engine="mysql", instance_class="db.t4g.micro", allocated_storage=20,
                   username="report", manage_master_user_password=True)
