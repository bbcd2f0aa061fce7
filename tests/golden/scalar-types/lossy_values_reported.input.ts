import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";

export class LossyStack extends TerraformStack {
  constructor(scope: Construct, id: string, stage: string) {
    super(scope, id);

    new CloudwatchMetricAlarm(this, "cpu", {
      alarmName: `cpu-${stage}`,
      comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: "02" as any,
      period: Number("300"),
      threshold: 80,
    });
  }
}
