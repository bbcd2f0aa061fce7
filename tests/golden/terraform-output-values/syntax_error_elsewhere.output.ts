// codemod-golden: no-typecheck
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { VpcModule } from "./network";

export class BrokenStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const network = new VpcModule(this, "network", { cidrBlock: "10.2.0.0/16" });

    new TerraformOutput(this, "vpc", { value: network.vpcId });
  }

  private label(): string {
    return [1, 2,;
  }
}
