from constructs import Construct
from cdktf_cdktf_provider_aws.kms_key import KmsKey


class Keys(Construct):
    def __init__(self, scope: Construct, id: str, alias=null):
        super().__init__(scope, id)
        self.key = null
        if alias is not undefined:
            self.key = KmsKey(self, "key", enable_key_rotation=true, description=alias or null)
