import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export class Front extends Construct {
  constructor(scope: Construct, id: string, logBucket: string) {
    super(scope, id);

    const front = new aws.lb.Lb(this, "front", { name: "front", internal: false });

    new aws.lb.LbAccessLogs(this, "front-logs", { loadBalancerArn: front.arn, bucket: logBucket, enabled: true });

    new aws.lbTargetGroup.LbTargetGroup(this, "front-pool", {
      port: 80,
      healthCheck: new aws.lbTargetGroup.LbTargetGroupHealthCheck({ path: "/" })
    });
  }
}
