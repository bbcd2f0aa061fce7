import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

// A construct of ours that happens to share the provider's class name.
export class Vpc extends Construct {
  public readonly network: aws.vpc.Vpc;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.network = new aws.vpc.Vpc(this, "network", { cidrBlock: "10.9.0.0/16" });
  }
}
