from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupHealthCheck
from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress


class Fine(TerraformStack):
    def __init__(self, scope, name, vpc, tags, checks, office):
        super().__init__(scope, name)
        AwsProvider(self, "aws", region="us-east-2", default_tags=[{"tags": tags}])
        AwsProvider(self, "tagged", alias="tagged", region="us-east-2", default_tags={"team": "web"})
        LbTargetGroup(self, "a", port=80, protocol="HTTP", vpc_id=vpc, health_check=LbTargetGroupHealthCheck(path="/"))
        LbTargetGroup(self, "b", port=80, protocol="HTTP", vpc_id=vpc, health_check=checks)
        LbTargetGroup(self, "c", port=80, protocol="HTTP", vpc_id=vpc,
                      health_check=[LbTargetGroupHealthCheck(path="/a"), LbTargetGroupHealthCheck(path="/b")])
        SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=office)
