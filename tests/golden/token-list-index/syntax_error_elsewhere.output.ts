// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
import { Fn } from "cdktf";

export function firstZone(scope: Construct) {
  const zones = new DataAwsAvailabilityZones(scope, "zones", {});
  return Fn.element(zones.names, 0);
}

const half = [1, 2
