from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA
from cdktf import TerraformStack


class Replica(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        origin = S3Bucket(self, "origin")
        S3BucketVersioningA(
            self, "origin-versioning", bucket=origin.id,
            versioning_configuration={"status": "Enabled"},
        )
        self.peer()

    def peer(self):
        from cdktf_cdktf_provider_aws.vpc_peering_connection_accepter import VpcPeeringConnectionAccepterA
        VpcPeeringConnectionAccepterA(self, "accept", vpc_peering_connection_id="pcx-1234", auto_accept=True)
