import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { VpcModule } from "./network";

export class CrlfStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const main = new VpcModule(this, "main", { cidrBlock: "10.9.0.0/16" });

    new TerraformOutput(this, "vpc-id", {
      value: main.vpcId,
    });
  }
}
