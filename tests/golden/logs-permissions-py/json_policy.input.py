import json

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy


class Shipper(TerraformStack):
    def __init__(self, scope, name, role):
        super().__init__(scope, name)
        IamRolePolicy(
            self,
            "ship-logs",
            role=role,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "WriteLogs",
                        "Effect": "Allow",
                        "Action": [
                            "logs:CreateLogStream",
                            "logs:PutLogEvents",
                        ],
                        "Resource": "arn:aws:logs:*:*:*",
                    }
                ],
            }),
        )
