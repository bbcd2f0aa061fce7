import { Construct } from "constructs";
import { TerraformStack, Token } from "cdktf";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";

interface AlarmSettings {
  period: string;
  threshold: number;
}

export class FineStack extends TerraformStack {
  constructor(scope: Construct, id: string, settings: AlarmSettings) {
    super(scope, id);
    const periods = 3;
    const own: AlarmSettings = { period: "60", threshold: 5 };

    new CloudwatchMetricAlarm(this, "cpu", {
      alarmName: "cpu",
      comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: periods,
      period: Token.asNumber(settings.period),
      threshold: own.threshold,
      actionsEnabled: true,
    });

    new LbTargetGroup(this, "web", {
      port: 80,
      deregistrationDelay: "30",
      healthCheck: { port: "traffic-port", interval: 30 },
    });
  }
}
