"""Network pieces."""
from constructs import Construct
from typing import Optional


class Network(Construct):
    def __init__(self, scope: Construct, id: str, cidr: Optional[str] = None):
        super().__init__(scope, id)
        self.cidr = cidr or "10.0.0.0/16"
