// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { Fn, TerraformOutput, TerraformStack } from "cdktf";

export class BrokenStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const settings = { retries: 3, ;
    new TerraformOutput(this, "raw", { value: Fn.jsondecode('{"a": 1}') });
    new TerraformOutput(this, "secret", { value: Fn.random_password({ length: 16 }) });
  }
}
