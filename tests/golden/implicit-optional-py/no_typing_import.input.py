"""Network pieces."""
from constructs import Construct


class Network(Construct):
    def __init__(self, scope: Construct, id: str, cidr: str = None):
        super().__init__(scope, id)
        self.cidr = cidr or "10.0.0.0/16"
