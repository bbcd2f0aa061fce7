import { Construct } from "constructs";
import { SnsTop ic } from "@cdktf/provider-aws/lib/sns-topic";

export function topic(scope: Construct) {
  return new SnsTopic(scope, "alerts", { name: "alerts" });
}
