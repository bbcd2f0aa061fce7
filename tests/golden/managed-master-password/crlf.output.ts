import { Construct } from "constructs";
import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";

export function cluster(scope: Construct) {
  return new RdsCluster(scope, "events", {
    engine: "aurora-postgresql",
    masterUsername: "events",
    manageMasterUserPassword: true,
  });
}
