import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";

export class WebStack extends TerraformStack {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);

    new aws.lbTargetGroup.LbTargetGroup(this, "web", {
      name: "web",
      port: 80,
      protocol: "HTTP",
      vpcId,
      healthCheck: {
        path: "/health",
        matcher: "200",
      },
      stickiness: { type: "lb_cookie", enabled: false },
    });
  }
}
