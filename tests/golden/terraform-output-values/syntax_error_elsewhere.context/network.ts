import { Construct } from "constructs";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export interface VpcModuleProps {
  cidrBlock: string;
}

export class VpcModule extends Construct {
  public readonly vpcId: string;
  public readonly publicSubnetIds: string[];
  private readonly subnets: Subnet[] = [];

  constructor(scope: Construct, id: string, props: VpcModuleProps) {
    super(scope, id);
    const vpc = new Vpc(this, "vpc", { cidrBlock: props.cidrBlock });
    this.subnets.push(new Subnet(this, "a", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24" }));
    this.vpcId = vpc.id;
    this.publicSubnetIds = this.subnets.map((subnet) => subnet.id);
  }
}
