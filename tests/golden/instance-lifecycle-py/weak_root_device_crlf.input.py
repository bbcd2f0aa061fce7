from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.instance import Instance, InstanceRootBlockDevice


class Legacy(TerraformStack):
    def __init__(self, scope, name, ami):
        super().__init__(scope, name)
        Instance(
            self,
            "legacy",
            ami=ami,
            instance_type="m5.large",
            root_block_device=InstanceRootBlockDevice(
                volume_type="gp2",
                encrypted=False,
            ),
            lifecycle={"ignore_changes": ["ami"]},
        )
