from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import wafv2_web_acl


class Sqli(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        wafv2_web_acl.Wafv2WebAclRule(
            name="sqli",
            priority=2,
            statement=wafv2_web_acl.Wafv2WebAclRuleStatement(
                sqli_match_statement=wafv2_web_acl.Wafv2WebAclRuleStatementSqliMatchStatement(
                    field_to_match=wafv2_web_acl.Wafv2WebAclRuleStatementFieldToMatch(
                        query_string=wafv2_web_acl.Wafv2WebAclRuleStatementQueryString()),
                    text_transformation=[
                        wafv2_web_acl.Wafv2WebAclRuleStatementTextTransformation(priority=0, type="URL_DECODE"),
                        wafv2_web_acl.Wafv2WebAclRuleStatementTextTransformation(priority=1, type="HTML_ENTITY_DECODE"),
                    ],
                )
            ),
            visibility_config={"cloudwatch_metrics_enabled": False, "metric_name": "sqli",
                               "sampled_requests_enabled": False},
        )
