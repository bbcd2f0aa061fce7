import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";

export class AmbiguousStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const settings = { healthCheck: [{ path: "/a" }, { path: "/b" }] };
    new LbTargetGroup(this, "web", {
      port: 80,
      healthCheck: settings.healthCheck[0],
    });
  }
}
