from constructs import Construct
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclDefaultAction,
    Wafv2WebAclRule,
    Wafv2WebAclRuleVisibilityConfig,
    Wafv2WebAclVisibilityConfig,
)


class Firewall(Construct):
    def __init__(self, scope: Construct, id: str, settings: dict):
        super().__init__(scope, id)
        Wafv2WebAcl(
            self, "acl", name="edge", scope="REGIONAL",
            default_action=Wafv2WebAclDefaultAction(allow={}),
            visibility_config=Wafv2WebAclVisibilityConfig(
                cloudwatch_metrics_enabled=True, metric_name="edge", sampled_requests_enabled=True),
            rule=[
                Wafv2WebAclRule(name="a", priority=0, statement={}, action={"block": {}},
                                visibility_config=Wafv2WebAclRuleVisibilityConfig(
                                    cloudwatch_metrics_enabled=True, metric_name="a", sampled_requests_enabled=True)),
                Wafv2WebAclRule(name="b", priority=1, statement={}, action={"block": {}},
                                visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "b",
                                                   "sampled_requests_enabled": True}),
                Wafv2WebAclRule(name="c", priority=2, statement={}, action={"block": {}},
                                visibility_config=Wafv2WebAclVisibilityConfig(**settings)),
            ],
        )
