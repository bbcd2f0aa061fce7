from cdktf import TerraformStack, TerraformResourceLifecycle
from cdktf_cdktf_provider_aws.instance import Instance
from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAcl


class Thing:
    def __init__(self, **options):
        self.options = options


class Fine(TerraformStack):
    def __init__(self, scope, name, common, role):
        super().__init__(scope, name)
        Instance(
            self, "web", id="web", ami="ami-0abcdef1234567890", instance_type="t3.micro",
            depends_on=[role], lifecycle=TerraformResourceLifecycle(create_before_destroy=True),
            **common,
        )
        Wafv2WebAcl(self, "acl", name="acl", scope="REGIONAL", default_action={"allow": {}},
                    visibility_config={"cloudwatch_metrics_enabled": False, "metric_name": "acl",
                                       "sampled_requests_enabled": False})
        Thing(colour="blue")
