from cdktf import Fn, TerraformOutput, Token
from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Site(Construct):
    def __init__(self, scope: Construct, id: str, config, secret):
        super().__init__(scope, id)
        S3Bucket(self, "site", bucket=Token.as_string(Fn.lookup_nested(config, ["bucket"])))
        TerraformOutput(self, "password", value=Fn.jsondecode(secret.secret_string), sensitive=True)
