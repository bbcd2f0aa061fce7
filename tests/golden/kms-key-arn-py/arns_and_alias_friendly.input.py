from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.kinesis_stream import KinesisStream
from cdktf_cdktf_provider_aws.secretsmanager_secret import SecretsmanagerSecret


class Fine(TerraformStack):
    def __init__(self, scope, name, key, stage):
        super().__init__(scope, name)
        DbInstance(self, "a", engine="mysql", instance_class="db.t4g.micro",
                   kms_key_id="arn:aws:kms:us-east-1:123456789012:alias/app")
        DbInstance(self, "b", engine="mysql", instance_class="db.t4g.micro", kms_key_id=key.arn)
        DbInstance(self, "c", engine="mysql", instance_class="db.t4g.micro", kms_key_id=f"alias/{stage}")
        KinesisStream(self, "s", name="events", encryption_type="KMS", kms_key_id="alias/aws/kinesis")
        SecretsmanagerSecret(self, "secret", name="db", kms_key_id="alias/aws/secretsmanager")
