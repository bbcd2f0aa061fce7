from constructs import Construct
from cdktf_cdktf_provider_aws.kms_key import KmsKey


class Keys(Construct):
    def __init__(self, scope: Construct, id: str, alias=None):
        super().__init__(scope, id)
        self.key = None
        if alias is not None:
            self.key = KmsKey(self, "key", enable_key_rotation=True, description=alias or None)
