from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction


class Ingest(TerraformStack):
    def __init__(self, scope, name, role, region):
        super().__init__(scope, name)
        LambdaFunction(
            self, "ingest", function_name="ingest", role=role, runtime="nodejs20.x", handler="index.handler",
            filename="ingest.zip",
            environment={
                "variables": {
                    "STAGE": "prod",
                },
            },
        )
