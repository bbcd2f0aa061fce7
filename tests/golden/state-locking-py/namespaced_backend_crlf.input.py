import cdktf
from constructs import Construct


class Audit(cdktf.TerraformStack):
    def __init__(self, scope: Construct, name: str):
        super().__init__(scope, name)
        backend = cdktf.S3Backend(self, bucket='audit-state', key='audit.tfstate', region='eu-north-1')
        self.backend = backend
