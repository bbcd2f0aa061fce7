from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.instance import Instance


class Worker(TerraformStack):
    def __init__(self, scope, name, ami):
        super().__init__(scope, name)
        self.worker = Instance(self, 'worker', ami=ami, instance_type='c7g.large')
