from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAclRule,
    Wafv2WebAclRuleStatement,  # written as a dict below
    Wafv2WebAclRuleStatementGeoMatchStatement,
)


class Geo(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        Wafv2WebAclRule(
            name="geo", priority=5, statement={"geo_match_statement": {"country_codes": ["NZ"]}},
            visibility_config={"cloudwatch_metrics_enabled": False, "metric_name": "geo",
                               "sampled_requests_enabled": False},
        )
