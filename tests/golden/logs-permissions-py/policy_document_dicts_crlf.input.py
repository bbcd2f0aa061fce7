from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_iam_policy_document import DataAwsIamPolicyDocument


class Flow(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        DataAwsIamPolicyDocument(self, "flow-logs", statement=[{
            "actions": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
            "resources": ["arn:aws:logs:*:*:*"]
        }])
