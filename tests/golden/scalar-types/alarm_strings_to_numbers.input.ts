import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";

export class AlarmStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new CloudwatchMetricAlarm(this, "high-cpu", {
      alarmName: "high-cpu",
      comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: "2", // two periods in a row
      metricName: "CPUUtilization",
      namespace: "AWS/EC2",
      period: "300",
      statistic: "Average",
      threshold: "75.5",
      datapointsToAlarm: `2`,
    });
  }
}
