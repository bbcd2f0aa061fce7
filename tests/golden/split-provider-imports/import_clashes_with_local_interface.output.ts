import { Construct } from "constructs";
import { SecurityGroupRule as AwsSecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

// Rule settings passed in by callers; shares its name with the provider class.
export interface SecurityGroupRule {
  port: number;
  cidr: string;
}

export function openPorts(scope: Construct, groupId: string, rules: SecurityGroupRule[]) {
  rules.forEach((rule, index) => {
    new AwsSecurityGroupRule(scope, `rule-${index}`, {
      type: "ingress",
      securityGroupId: groupId,
      protocol: "tcp",
      fromPort: rule.port,
      toPort: rule.port,
      cidrBlocks: [rule.cidr],
    });
  });
}
