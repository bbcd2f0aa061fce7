from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.ebs_volume import EbsVolume


class Volumes(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        key = "alias/aws/ebs"
        EbsVolume(self, "a", availability_zone="us-east-1a", size=10, encrypted=True, kms_key_id=key)
        self.key_name = key
