import { Construct } from "constructs";
import { TerraformStack, TerraformOutput } from "cdktf";

interface Owner {
  name: string;
  email: string;
}

export class OwnerStack extends TerraformStack {
  constructor(scope: Construct, id: string, owner: Owner) {
    super(scope, id);
    new TerraformOutput(this, "owner", { value: owner.email });
  }
}
