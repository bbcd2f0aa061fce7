from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclRule,
    Wafv2WebAclRuleAction,
    Wafv2WebAclRuleStatement,
    Wafv2WebAclRuleStatementRateBasedStatement,
    Wafv2WebAclVisibilityConfig,
)


class Throttle(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        rules = [
            Wafv2WebAclRule(
                name="per-ip-limit",
                priority=10,
                action=Wafv2WebAclRuleAction(block={}),
                statement=Wafv2WebAclRuleStatement(
                    rate_based_statement=Wafv2WebAclRuleStatementRateBasedStatement(
                        limit=500,
                        aggregate_key_type="IP",
                    ),
                ),
                visibility_config=Wafv2WebAclVisibilityConfig(
                    cloudwatch_metrics_enabled=True, metric_name="per-ip-limit", sampled_requests_enabled=True),
            )
        ]
        Wafv2WebAcl(self, "acl", name="throttle", scope="REGIONAL", default_action={"allow": {}}, rule=rules,
                    visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "throttle",
                                       "sampled_requests_enabled": True})
