// Network module: keep this header.
import { Construct } from "constructs";
// the main network
/* subnets follow */
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export function net(scope: Construct) {
  const v = new Vpc(scope, "v", {});
  new Subnet(scope, "s", { vpcId: v.id });
}
