from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import efs_file_system


class Shared(TerraformStack):
    def __init__(self, scope, name, **options):
        super().__init__(scope, name)
        efs_key = "alias/aws/elasticfilesystem"
        efs_file_system.EfsFileSystem(self, "shared", encrypted=True, kms_key_id=efs_key)
