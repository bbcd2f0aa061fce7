from constructs import Construct
from cdktf import S3Backend, TerraformStack


class Ledger(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, suffix: str, bucket: str):
        super().__init__(scope, construct_id)
        S3Backend(
            self,
            bucket=bucket,
            key=f"{suffix}/{construct_id}.tfstate",
            region="us-east-1",
            encrypt=True,
        )  # shared with the payments team

        # the rest of the stack
