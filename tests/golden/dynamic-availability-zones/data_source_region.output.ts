import { Construct } from "constructs";
import { DataAwsRegion } from "@cdktf/provider-aws/lib/data-aws-region";
import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";

export function cluster(scope: Construct) {
  const current = new DataAwsRegion(scope, "current");
  new RdsCluster(scope, "orders", {
    engine: "aurora-postgresql",
    availabilityZones: [`${current.region}a`, `${current.region}b`],
    manageMasterUserPassword: true,
    masterUsername: "orders",
  });
  const unfinished = (
}
