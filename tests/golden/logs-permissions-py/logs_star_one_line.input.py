import json

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.iam_policy import IamPolicy


class Everything(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        policy = {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': 'logs:*', 'Resource': 'arn:aws:logs:*:*:*'}]}
        IamPolicy(self, 'logs', policy=json.dumps(policy))
