from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey


class Keys(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        key = KmsKey(self, 'logs-key', enable_key_rotation=True)
        KmsAlias(self, 'logs-key-alias', alias='alias/logs', target_key_id=key.key_id)
        Eip(self, 'nat-ip', vpc=True, tags={'Name': 'nat'})
