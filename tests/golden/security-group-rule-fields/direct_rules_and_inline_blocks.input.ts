import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

export class PlainStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const sg = new SecurityGroup(this, "sg", {
      ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["10.0.0.0/8"] }],
    });
    new SecurityGroupRule(this, "https", {
      type: "ingress",
      fromPort: 443,
      toPort: 443,
      protocol: "tcp",
      securityGroupId: sg.id,
    });
  }
}
