import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class MonitoringStack extends TerraformStack {
  public readonly topic: SnsTopic;
  public cpuAlarm!: CloudwatchMetricAlarm;
  public storageAlarm!: CloudwatchMetricAlarm;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.topic = new SnsTopic(this, "alarms", { name: "alarms" });
    this.createAlarms();
  }

  private createAlarms(): void {
    this.cpuAlarm = new CloudwatchMetricAlarm(this, "cpu", {
      alarmName: "cpu", comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 2,
      metricName: "CPUUtilization", namespace: "AWS/RDS", period: 300, statistic: "Average", threshold: 80,
      alarmActions: [this.topic.arn],
    });
    this.storageAlarm = new CloudwatchMetricAlarm(this, "storage", {
      alarmName: "storage", comparisonOperator: "LessThanThreshold", evaluationPeriods: 1,
      metricName: "FreeStorageSpace", namespace: "AWS/RDS", period: 300, statistic: "Average", threshold: 1e9,
    });
  }
}
