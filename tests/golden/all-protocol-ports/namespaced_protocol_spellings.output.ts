import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const proxy = new aws.securityGroup.SecurityGroup(this, "proxy", { name: "proxy" });

    new aws.securityGroupRule.SecurityGroupRule(this, "proxy-egress", {
      type: "egress",
      protocol: "all",
      fromPort: 0,
      toPort: 65535, // every port
      cidrBlocks: ["0.0.0.0/0"],
      securityGroupId: proxy.id,
    });

    new aws.securityGroupRule.SecurityGroupRule(this, "proxy-peer", { type: "ingress", protocol: `-1`, fromPort: 0, toPort: 65535, sourceSecurityGroupId: proxy.id, securityGroupId: proxy.id });

    new aws.securityGroupRule.SecurityGroupRule(this, "proxy-numeric", {
      type: "egress",
      protocol: -1 as unknown as string,
      fromPort: 0,
      toPort: 65535,
      ipv6CidrBlocks: ["::/0"],
      securityGroupId: proxy.id,
    });
  }
}
