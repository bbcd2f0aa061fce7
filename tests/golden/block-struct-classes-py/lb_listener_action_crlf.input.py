from constructs import Construct
from cdktf_cdktf_provider_aws.lb_listener import LbListener, LbListenerDefaultAction, LbListenerDefaultActionRedirect
from cdktf_cdktf_provider_aws.lb_listener_rule import LbListenerRule, LbListenerRuleCondition


class Listeners(Construct):
    def __init__(self, scope: Construct, id: str, lb_arn: str, listener_arn: str, group_arn: str):
        super().__init__(scope, id)
        LbListenerRule(self, "api", listener_arn=listener_arn, priority=10,
                       action=[LbListenerDefaultAction(type="forward", target_group_arn=group_arn)],
                       condition=[LbListenerRuleCondition(path_pattern={"values": ["/api/*"]})])
