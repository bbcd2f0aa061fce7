from constructs import Construct
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclDefaultAction,
    Wafv2WebAclRule,
    Wafv2WebAclVisibilityConfig,
    Wafv2WebAclRuleVisibilityConfig,
)


class Firewall(Construct):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        Wafv2WebAcl(
            self,
            "acl",
            name="edge",
            scope="REGIONAL",
            default_action=Wafv2WebAclDefaultAction(allow={}),
            visibility_config=Wafv2WebAclVisibilityConfig(
                cloudwatch_metrics_enabled=True, metric_name="edge", sampled_requests_enabled=True
            ),
            rule=[
                Wafv2WebAclRule(
                    name="rate",
                    priority=1,
                    statement={"rate_based_statement": {"limit": 2000, "aggregate_key_type": "IP"}},
                    action={"block": {}},
                    # the same settings as the ACL's
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="rate", sampled_requests_enabled=True
                    ),
                ),
            ],
        )
