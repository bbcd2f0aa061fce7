from cdktf import App, TerraformStack
# one provider per region
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class Network(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        AwsProvider(self, "aws", region="eu-central-1")
        network = Vpc(self, "network", cidr_block="10.8.0.0/16")
        Subnet(self, "left", vpc_id=network.id, cidr_block="10.8.1.0/24")


app = App()
Network(app, "network")
app.synth()
