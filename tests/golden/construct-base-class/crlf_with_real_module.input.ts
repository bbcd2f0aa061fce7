import { Construct } from "constructs";
import { TerraformModule, TerraformStack } from "cdktf";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

// A few resources grouped together
export class NetworkModule extends /* base */ TerraformModule {
  constructor(scope: Construct, id: string) {
    super(scope, id /* no module options */);
    new Vpc(this, "vpc", { cidrBlock: "10.1.0.0/16" }); // main network
  }
}

// A registry module: it really is a TerraformModule
export class LabelModule extends TerraformModule {
  constructor(scope: Construct, id: string) {
    super(scope, id, { source: "cloudposse/label/null", version: "0.25.0" });
  }
}

export class CrlfStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new NetworkModule(this, "network");
    new LabelModule(this, "label");
  }
}
