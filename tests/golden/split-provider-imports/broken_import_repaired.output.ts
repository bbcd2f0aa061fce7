import { Construct } from "constructs";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export function topic(scope: Construct) {
  return new SnsTopic(scope, "alerts", { name: "alerts" });
}
