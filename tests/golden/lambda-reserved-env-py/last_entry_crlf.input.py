from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction


class Mailer(TerraformStack):
    def __init__(self, scope, name, role, region):
        super().__init__(scope, name)
        LambdaFunction(self, "mailer", function_name="mailer", role=role, runtime="python3.12",
                       handler="mailer.send", filename="mailer.zip",
                       environment={"variables": {
                           "SENDER": "noreply@example.com",
                           "AWS_REGION": region
                       }})
