import { Construct } from "constructs";
import { Fn, Lazy, TerraformOutput, TerraformStack, Token } from "cdktf";

export class NamesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const settings = Fn.jsondecode('{"tier": {"name": "gold"}}');
    new TerraformOutput(this, "tier", { value: Fn.lookupNested(settings, ["tier", "name"]) });
    new TerraformOutput(this, "size", { value: Token.asString(Fn.lengthOf(["a", "b"])) });
    new TerraformOutput(this, "later", { value: Lazy.stringValue({ produce: () => "done" }) });
  }
}
