import { Construct } from "constructs";
import { Lb } from "@cdktf/provider-aws/lib/lb";

export function loadBalancer(scope: Construct, subnets: string[]) {
  return new Lb(scope, "web", {
    name: "web",
    subnets,
    accessLogs: {
      enabled: false, // no bucket yet
    },
    internal: false,
  });
}
