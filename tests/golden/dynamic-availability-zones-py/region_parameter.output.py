from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.subnet import Subnet


class Network(TerraformStack):
    def __init__(self, scope, name, vpc_id, region: str = "us-east-2"):
        super().__init__(scope, name)
        zones = [f"{region}a", f"{region}b"]  # two zones are enough here
        for index, zone in enumerate(zones):
            Subnet(self, f"private-{index}", vpc_id=vpc_id, availability_zone=zone,
                   cidr_block=f"10.0.{index}.0/24")
