from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA as Versioning
from cdktf_cdktf_provider_aws.vpc import *
import cdktf_cdktf_provider_aws.subnet as subnets
from .naming import label


class Fine(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        AwsProvider(self, "aws", region="ap-south-1")
        # the inline versioning block of the bucket is a struct of s3_bucket
        bucket = S3Bucket(self, "b", versioning=S3BucketVersioning(enabled=True))
        Versioning(self, "v", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
        subnets.Subnet(self, label("a"), vpc_id=Vpc(self, "n").id)
