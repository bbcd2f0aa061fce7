from cdktf import TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.alb import Alb
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class S(TerraformStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = Vpc(self, "vpc", cidr_block="10.0.0.0/16")
        Subnet(self, "s", vpc_id=vpc.id, cidr_block="10.0.1.0/24")
        S3Bucket(self, "b")
        Alb(self, "alb")
