from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAclRule, Wafv2WebAclRuleStatement

Wafv2WebAclRule(name="x", priority=1, statement=Wafv2WebAclRuleStatement(geo_match_statement={}))
def (
