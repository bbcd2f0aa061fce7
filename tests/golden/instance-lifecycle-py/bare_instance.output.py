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
            root_block_device={
                "volume_type": "gp3",
                "volume_size": 20,
                "encrypted": True,
                "delete_on_termination": True,
            },
            lifecycle={
                "create_before_destroy": True,
            },
            tags={"Name": "bastion"},
        )
