import { Construct } from "constructs";
import { Vpc as AwsVpc } from "@cdktf/provider-aws/lib/vpc";

// A construct of ours that happens to share the provider's class name.
export class Vpc extends Construct {
  public readonly network: AwsVpc;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.network = new AwsVpc(this, "network", { cidrBlock: "10.9.0.0/16" });
  }
}
