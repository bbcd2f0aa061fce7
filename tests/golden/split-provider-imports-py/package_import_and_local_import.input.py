import cdktf_cdktf_provider_aws as aws
from cdktf import TerraformStack


class Replica(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        origin = aws.s3_bucket.S3Bucket(self, "origin")
        aws.s3_bucket_versioning.S3BucketVersioning(
            self, "origin-versioning", bucket=origin.id,
            versioning_configuration={"status": "Enabled"},
        )
        self.peer()

    def peer(self):
        from cdktf_cdktf_provider_aws import VpcPeeringConnectionAccepter
        VpcPeeringConnectionAccepter(self, "accept", vpc_peering_connection_id="pcx-1234", auto_accept=True)
