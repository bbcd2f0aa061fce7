import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export class NetworkStack extends TerraformStack {
  public vpc: Vpc;
  #cidr: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.createNetwork();
  }

  private createNetwork(): void {
    this.#cidr = "10.0.0.0/16";
    this.vpc = new Vpc(this, "vpc", { cidrBlock: this.#cidr });
  }
}
