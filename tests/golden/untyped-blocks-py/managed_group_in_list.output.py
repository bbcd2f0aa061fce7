from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAcl


class Managed_(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        Wafv2WebAcl(
            self, "acl", name="managed", scope="CLOUDFRONT", default_action={"allow": {}},
            rule=[{
                "name": "common",
                "priority": 1,
                "override_action": {"none": {}},
                "statement": {"managed_rule_group_statement": {
                    "name": "AWSManagedRulesCommonRuleSet", "vendor_name": "AWS"}},
                "visibility_config": {"cloudwatch_metrics_enabled": True, "metric_name": "common",
                                      "sampled_requests_enabled": True},
            }],
            visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "managed",
                               "sampled_requests_enabled": True},
        )
