"""The orders service."""
from cdktf import App, TerraformStack, S3Backend
from constructs import Construct


class OrdersStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs):
        super().__init__(scope, construct_id)
        environment_suffix = kwargs.get("environment_suffix", "dev")
        aws_region = kwargs.get("aws_region", "us-east-1")
        state_bucket = kwargs.get("state_bucket", "orders-tf-state")

        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region=aws_region,
            encrypt=True,
        )
        self.add_override("terraform.backend.s3.use_lockfile", True)

        tags = {"service": "orders"}


app = App()
OrdersStack(app, "orders")
app.synth()
