import { Construct } from "constructs";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

export class Tier extends Construct {
  constructor(scope: Construct, id: string, private readonly region: string) {
    super(scope, id);
  }

  addSubnets(vpcId: string): Subnet[] {
    // one subnet per zone
    return ["sa-east-1a", "sa-east-1c"].map(
      (az, n) => new Subnet(this, `tier-${n}`, { vpcId, cidrBlock: `10.4.${n}.0/24`, availabilityZone: az })
    );
  }
}
