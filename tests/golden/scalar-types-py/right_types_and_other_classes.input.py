from constructs import Construct
from cdktf import TerraformOutput
from cdktf_cdktf_provider_aws.lb_listener import LbListener


def port_of(name: str) -> str:
    return "80"


class Listener(Construct):
    def __init__(self, scope: Construct, id: str, lb_arn: str, settings):
        super().__init__(scope, id)
        LbListener(self, "http", load_balancer_arn=lb_arn, port=80, protocol="HTTP", default_action=[])
        LbListener(self, "https", load_balancer_arn=lb_arn, port=int(port_of("https")), protocol="HTTPS",
                   default_action=[], **settings)
        TerraformOutput(self, "port", value="80")
        settings.update(port="80")
