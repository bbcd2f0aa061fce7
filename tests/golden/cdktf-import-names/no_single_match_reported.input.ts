import { Construct } from "constructs";
import { TerraformStack, CfnOutput, Stack } from "cdktf";

export class Legacy extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new CfnOutput(this, "x", { value: "y" });
    const TerraformStack2: typeof Stack = Stack;
  }
}
