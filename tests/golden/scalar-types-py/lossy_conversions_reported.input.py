from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroupHealthCheck


class Alarms(Construct):
    def __init__(self, scope: Construct, id: str, periods: str):
        super().__init__(scope, id)
        CloudwatchMetricAlarm(
            self, "cpu", alarm_name="cpu", comparison_operator="GreaterThanThreshold",
            evaluation_periods="two", period="0300", threshold=periods,
        )
        LbTargetGroupHealthCheck(enabled="yes", healthy_threshold=3)
