from constructs import Construct
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupHealthCheck


class Web(Construct):
    def __init__(self, scope: Construct, id: str, vpc_id: str):
        super().__init__(scope, id)
        LbTargetGroup(
            self, 'api',
            name='api', port=8080, protocol='HTTP', vpc_id=vpc_id,
            health_check=LbTargetGroupHealthCheck(path='/health', port='8080', interval=30, enabled=True),
            stickiness={'type': 'lb_cookie', 'cookie_duration': 86400, 'enabled': False},
        )
