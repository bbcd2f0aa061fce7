import json

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.ecs_task_definition import EcsTaskDefinition
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction, LambdaFunctionEnvironment


class Fine(TerraformStack):
    def __init__(self, scope, name, role, region, settings):
        super().__init__(scope, name)
        EcsTaskDefinition(self, "worker", family="worker", container_definitions=json.dumps([{
            "name": "worker", "image": "worker:1",
            "environment": [{"name": "AWS_REGION", "value": region}],
        }]))
        LambdaFunction(self, "a", function_name="a", role=role, runtime="python3.12", handler="a.h",
                       filename="a.zip", environment=LambdaFunctionEnvironment(variables=settings))
        LambdaFunction(self, "b", function_name="b", role=role, runtime="python3.12", handler="b.h",
                       filename="b.zip",
                       environment={"variables": {"AWS_LAMBDA_EXEC_WRAPPER": "/opt/wrapper", "REGION": region}})
