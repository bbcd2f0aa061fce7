import { Construct } from "constructs";
import { TerraformStack, Fn } from "cdktf";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

export class CrlfStack extends TerraformStack {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);
    const available = new DataAwsAvailabilityZones(this, "available", {});
    new Subnet(this, "a", { vpcId, cidrBlock: "10.0.1.0/24", availabilityZone: Fn.element(available.names, 1) });
  }
}
