import { Construct } from "constructs";
import { TerraformStack, Variable as Var, terraformOutput } from "cdktf";

export class Config extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stage = new Var(this, "stage", { type: "string" });
    new terraformOutput(this, "stage-out", { value: stage.stringValue });
  }
}
