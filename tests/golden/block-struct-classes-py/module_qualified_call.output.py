from constructs import Construct
from cdktf_cdktf_provider_aws import wafv2_web_acl


class Firewall(Construct):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        wafv2_web_acl.Wafv2WebAcl(
            self, "acl", name="edge", scope="REGIONAL",
            default_action=wafv2_web_acl.Wafv2WebAclDefaultAction(allow={}),
            visibility_config=wafv2_web_acl.Wafv2WebAclVisibilityConfig(
                cloudwatch_metrics_enabled=True, metric_name="edge", sampled_requests_enabled=True),
            rule=[wafv2_web_acl.Wafv2WebAclRule(
                name="common", priority=0, statement={}, override_action={"none": {}},
                visibility_config=wafv2_web_acl.Wafv2WebAclRuleVisibilityConfig(
                    cloudwatch_metrics_enabled=True, metric_name="common", sampled_requests_enabled=True))],
        )
