import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export class NetworkStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16" });
    const azs = new DataAwsAvailabilityZones(this, "azs", { state: "available" });

    for (let i = 0; i < 2; i++) {
      new Subnet(this, `public-${i}`, {
        vpcId: vpc.id,
        cidrBlock: `10.0.${i}.0/24`,
        availabilityZone: azs.names.get(i),
      });
    }
    new Subnet(this, "extra", {
      vpcId: vpc.id,
      cidrBlock: "10.0.9.0/24",
      availabilityZone: azs.names.get(0), // first zone
    });
  }
}
