import { Construct } from "constructs";
import { TerraformModule, TerraformStack } from "cdktf";

class VpcRegistryModule extends TerraformModule {
  constructor(scope: Construct, id: string, name: string) {
    super(scope, id, { source: "terraform-aws-modules/vpc/aws", version: "5.8.1" });
    this.addOverride("name", name);
  }
}

export class RegistryStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new VpcRegistryModule(this, "vpc", "main");
  }
}
