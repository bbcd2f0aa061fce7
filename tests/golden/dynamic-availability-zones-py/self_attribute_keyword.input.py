from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.ebs_volume import EbsVolume


class Storage(TerraformStack):
    def __init__(self, scope, name, settings):
        super().__init__(scope, name)
        self.aws_region = settings["region"]
        self.volumes()

    def volumes(self):
        EbsVolume(self, "data", availability_zone="eu-west-1a", size=100, encrypted=True)
