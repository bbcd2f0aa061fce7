import { Construct } from "constructs";
import { Lb } from "@cdktf/provider-aws/lib/lb";

export function nlb(scope: Construct) {
  new Lb(scope, "net", {
    loadBalancerType: "network",
    accessLogs: { enabled: false, prefix: "net" },
  });
}
