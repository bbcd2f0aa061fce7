import { Construct } from "constructs";
import { MagicCluster } from "@cdktf/provider-aws";

export function cluster(scope: Construct) {
  new MagicCluster(scope, "c", {});
}
