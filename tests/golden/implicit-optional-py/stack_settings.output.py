from typing import Dict, List, Optional

from cdktf import TerraformStack
from constructs import Construct


class AppStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, environment_suffix: Optional[str] = None,
                 tags: Optional[Dict[str, str]] = None, subnet_cidrs: Optional[List[str]] = None):
        super().__init__(scope, id)
        self.tags = tags or {}
        self.subnet_cidrs = subnet_cidrs or ["10.0.1.0/24"]
        self.suffix = environment_suffix or "dev"
