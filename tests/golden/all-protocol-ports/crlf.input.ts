import { Construct } from "constructs";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

export function allowAllEgress(scope: Construct, groupId: string) {
  return new SecurityGroupRule(scope, "all-egress", {
    type: "egress",
    fromPort: 0,
    toPort: 0,
    protocol: "-1",
    cidrBlocks: ["0.0.0.0/0"],
    securityGroupId: groupId,
  });
}
