import cdktf_cdktf_provider_aws as aws
from constructs import Construct


class Alarms(Construct):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm(
            self, "cpu", alarm_name="cpu", comparison_operator="GreaterThanThreshold",
            evaluation_periods="2", period="300", threshold="80.5", datapoints_to_alarm="2",
        )
