import { Construct } from "constructs";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export class Network extends Construct {
  public readonly vpc: Vpc;
  public readonly cidr = "10.0.0.0/16";

  constructor(scope: Construct, id: string, private readonly stage: string) {
    super(scope, id);
    this.vpc = new Vpc(this, "vpc", { cidrBlock: this.cidr, tags: { Stage: this.stage } });
  }

  describe(other: { vpc?: Vpc }): string {
    other.vpc = this.vpc;
    return this.stage;
  }
}
