from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from mylib.compute import Instance


class Other(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        Instance(self, "local", size="small")
        DbInstance(self, "db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20)
