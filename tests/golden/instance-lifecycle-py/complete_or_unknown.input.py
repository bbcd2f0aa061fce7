from cdktf import TerraformStack, TerraformResourceLifecycle
from cdktf_cdktf_provider_aws.instance import Instance


class Fine(TerraformStack):
    def __init__(self, scope, name, ami, device, common):
        super().__init__(scope, name)
        Instance(self, "done", ami=ami, instance_type="t3.micro",
                 root_block_device={"volume_type": "io2", "volume_size": 100, "encrypted": True,
                                    "delete_on_termination": False},
                 lifecycle=TerraformResourceLifecycle(prevent_destroy=True))
        Instance(self, "from-variable", ami=ami, instance_type="t3.micro", root_block_device=device,
                 lifecycle={"create_before_destroy": True})
        Instance(self, "from-kwargs", ami=ami, **common)
