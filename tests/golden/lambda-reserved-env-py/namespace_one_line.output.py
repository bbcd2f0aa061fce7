from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import lambda_function


class Cron(TerraformStack):
    def __init__(self, scope, name, role):
        super().__init__(scope, name)
        lambda_function.LambdaFunction(
            self, 'cron', function_name='cron', role=role, runtime='python3.11', handler='cron.run',
            filename='cron.zip',
            environment=lambda_function.LambdaFunctionEnvironment(variables={'JOB': 'nightly'}),
        )
