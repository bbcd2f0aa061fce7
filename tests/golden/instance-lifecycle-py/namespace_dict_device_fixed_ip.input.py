from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import instance


class Appliance(TerraformStack):
    def __init__(self, scope, name, ami, subnet):
        super().__init__(scope, name)
        instance.Instance(
            self, "appliance", ami=ami, instance_type="t3.small", subnet_id=subnet,
            private_ip="10.0.1.10",
            root_block_device={"volume_size": 50},
        )
