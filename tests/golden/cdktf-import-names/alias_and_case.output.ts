import { Construct } from "constructs";
import { TerraformStack, TerraformVariable as Var, TerraformOutput } from "cdktf";

export class Config extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stage = new Var(this, "stage", { type: "string" });
    new TerraformOutput(this, "stage-out", { value: stage.stringValue });
  }
}
