from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.instance import Instance


class Worker(TerraformStack):
    def __init__(self, scope, name, ami):
        super().__init__(scope, name)
        self.worker = Instance(self, 'worker', ami=ami, instance_type='c7g.large', root_block_device={'volume_type': 'gp3', 'volume_size': 20, 'encrypted': True, 'delete_on_termination': True}, lifecycle={'create_before_destroy': True})
