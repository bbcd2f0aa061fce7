from constructs import Construct
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup


class Web(Construct):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        LbTargetGroup(self, "web", name="web", port="80", protocol="HTTP")
        broken = (
