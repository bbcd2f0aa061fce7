// Network module: keep this header.
import { Construct } from "constructs";
import {
  Vpc, // the main network
  /* subnets follow */
  Subnet,
} from "@cdktf/provider-aws";

export function net(scope: Construct) {
  const v = new Vpc(scope, "v", {});
  new Subnet(scope, "s", { vpcId: v.id });
}
