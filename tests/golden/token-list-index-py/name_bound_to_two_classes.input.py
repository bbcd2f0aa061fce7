from constructs import Construct
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Mixed(Construct):
    def __init__(self, scope: Construct, id: str, role_arn: str):
        super().__init__(scope, id)
        thing = EksCluster(self, "cluster", name="main", role_arn=role_arn, vpc_config={"subnet_ids": []})
        thing = S3Bucket(self, "bucket", bucket_prefix="logs-")
        issuer = thing.identity[0].oidc[0].issuer
