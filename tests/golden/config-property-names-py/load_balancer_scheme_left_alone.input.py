from constructs import Construct
from cdktf_cdktf_provider_aws.lb import Lb


class Edge(Construct):
    def __init__(self, scope: Construct, id: str, subnets: list, scheme: str):
        super().__init__(scope, id)
        Lb(self, "given", name="given", scheme=scheme, subnets=subnets)
        Lb(self, "both", name="both", internal=True, scheme="internal", subnets=subnets)
