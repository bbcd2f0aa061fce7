from cdktf_cdktf_provider_aws.lambda_function import LambdaFunctionEnvironment

env = LambdaFunctionEnvironment(variables={"AWS_REGION": "us-east-1"})
if env
    pass
