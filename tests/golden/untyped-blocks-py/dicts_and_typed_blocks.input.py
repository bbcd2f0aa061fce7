from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAclRule, Wafv2WebAclRuleAction, Wafv2WebAclRuleStatement


class Fine(TerraformStack):
    def __init__(self, scope, name, statement_options):
        super().__init__(scope, name)
        Wafv2WebAclRule(
            name="ip", priority=1,
            action=Wafv2WebAclRuleAction(allow={}),
            statement={"ip_set_reference_statement": {"arn": "arn:aws:wafv2:us-east-1:123456789012:regional/ipset/x/1"}},
            visibility_config={"cloudwatch_metrics_enabled": False, "metric_name": "ip", "sampled_requests_enabled": False},
        )
        Wafv2WebAclRule(
            name="from-options", priority=2,
            statement=Wafv2WebAclRuleStatement(**statement_options),
            visibility_config={"cloudwatch_metrics_enabled": False, "metric_name": "o", "sampled_requests_enabled": False},
        )
