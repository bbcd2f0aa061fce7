from cdktf_cdktf_provider_aws.db_instance import DbInstance

DbInstance(self, "db", kms_key_id="alias/aws/rds")
lambda: :
