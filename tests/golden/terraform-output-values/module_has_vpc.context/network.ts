import { Construct } from "constructs";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export class VpcModule extends Construct {
  public readonly vpc: Vpc;
  public readonly publicSubnets: Subnet[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.vpc = new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16" });
    this.publicSubnets.push(new Subnet(this, "public", { vpcId: this.vpc.id, cidrBlock: "10.0.0.0/24" }));
  }
}
