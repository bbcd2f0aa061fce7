from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.instance import Instance


class Bastion(TerraformStack):
    def __init__(self, scope, name, ami, subnet):
        super().__init__(scope, name)
        Instance(
            self,
            "bastion",
            ami=ami,
            instance_type="t3.nano",
            subnet_id=subnet,
            tags={"Name": "bastion"},
        )
