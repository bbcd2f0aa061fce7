from constructs import Construct
from cdktf_cdktf_provider_aws.lb import Lb


class Edge(Construct):
    def __init__(self, scope: Construct, id: str, subnets: list, scheme: str):
        super().__init__(scope, id)
        Lb(self, "public", name="public", load_balancer_type="application", internal=False, subnets=subnets)
        Lb(self, "private", name="private", internal=True, subnets=subnets)
