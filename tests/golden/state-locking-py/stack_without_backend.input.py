"""The orders service."""
from cdktf import App, TerraformStack
from constructs import Construct


class OrdersStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs):
        super().__init__(scope, construct_id)
        environment_suffix = kwargs.get("environment_suffix", "dev")
        aws_region = kwargs.get("aws_region", "us-east-1")
        state_bucket = kwargs.get("state_bucket", "orders-tf-state")
        tags = {"service": "orders"}


app = App()
OrdersStack(app, "orders")
app.synth()
