from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup


class Logs(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        CloudwatchLogGroup(self, 'app', name='/app/api', retention_in_days=30,
                           kms_key_id='1234abcd-12ab-34cd-56ef-1234567890ab')
