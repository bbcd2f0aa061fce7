import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";
import { LbTargetGroup as TargetGroup, LbTargetGroupConfig } from "@cdktf/provider-aws/lib/lb-target-group";

export class AliasStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new aws.cloudwatchMetricAlarm.CloudwatchMetricAlarm(this, "errors", {
      alarmName: "errors",
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      evaluationPeriods: 1,
      threshold: -1,
    });

    const targets: LbTargetGroupConfig = {
      port: 443,
      protocol: "HTTPS",
      slowStart: 0,
    };
    new TargetGroup(this, "tls", targets);
    new TargetGroup(this, "plain", { port: 80, protocol: "HTTP" });
  }
}
