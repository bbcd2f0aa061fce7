from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.dynamodb_table import DynamodbTable, DynamodbTableStreamSpecification
from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress


class Tables(TerraformStack):
    def __init__(self, scope, name, group):
        super().__init__(scope, name)
        DynamodbTable(self, "orders", name="orders", hash_key="id",
                      stream_specification=DynamodbTableStreamSpecification(stream_enabled=True))
        SecurityGroupIngress(self, "https", security_group_id=group, from_port=443, to_port=443)
