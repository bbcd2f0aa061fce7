from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import wafv2_web_acl


class Sqli(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        wafv2_web_acl.Wafv2WebAclRule(
            name="sqli",
            priority=2,
            statement={
                "sqli_match_statement": {
                    "field_to_match": {
                        "query_string": {}},
                    "text_transformation": [
                        {"priority": 0, "type": "URL_DECODE"},
                        {"priority": 1, "type": "HTML_ENTITY_DECODE"},
                    ],
                }
            },
            visibility_config={"cloudwatch_metrics_enabled": False, "metric_name": "sqli",
                               "sampled_requests_enabled": False},
        )
