import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";

interface Tags {
  Name: string
  [key: string]: string;
}

export class CrlfStack extends TerraformStack {
  constructor(scope: Construct, id: string, tags: Tags) {
    super(scope, id);
    new aws.vpc.Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", tags });
    new aws.subnet.Subnet(this, "a", { vpcId: "v", tags: tags });
  }
}
