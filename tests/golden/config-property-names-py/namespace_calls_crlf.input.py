from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import security_group, cloudwatch_event_target


class Rules(TerraformStack):
    def __init__(self, scope, name, vpc_id, rule, queue):
        super().__init__(scope, name)
        security_group.SecurityGroup(
            self, "web", vpc_id=vpc_id,
            ingress=[security_group.SecurityGroupIngress(fromPort=443, to_port=443, protocol="tcp",
                                                         cidr_block=["0.0.0.0/0"])],
        )
        cloudwatch_event_target.CloudwatchEventTarget(
            self, "to-queue", rule=rule, arn=queue,
            retry_policy=cloudwatch_event_target.CloudwatchEventTargetRetryPolicy(maximum_retry_attemps=3),
        )
