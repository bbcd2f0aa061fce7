from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction, LambdaFunctionEnvironment


class Thumbnails(TerraformStack):
    def __init__(self, scope, name, role, bucket, region):
        super().__init__(scope, name)
        LambdaFunction(
            self,
            "resize",
            function_name="resize",
            role=role,
            runtime="python3.12",
            handler="app.handler",
            filename="dist/resize.zip",
            environment=LambdaFunctionEnvironment(
                variables={
                    "OUTPUT_BUCKET": bucket,
                    "AWS_REGION": region,  # boto3 needs the region
                    "MAX_WIDTH": "1024",
                }
            ),
        )
