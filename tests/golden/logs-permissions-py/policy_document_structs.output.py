from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_iam_policy_document import (
    DataAwsIamPolicyDocument,
    DataAwsIamPolicyDocumentStatement,
)


class Agent(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        DataAwsIamPolicyDocument(
            self,
            "agent",
            statement=[
                DataAwsIamPolicyDocumentStatement(
                    effect="Allow",
                    actions=[
                        "logs:CreateLogGroup",
                        "logs:CreateLogStream",
                        "logs:PutLogEvents",
                        "logs:DescribeLogGroups",
                        "logs:DescribeLogStreams",
                        "logs:FilterLogEvents",
                    ],
                    resources=["*"],
                ),
            ],
        )
