import { Construct } from "constructs";
import { SecurityGroupRule, SecurityGroupRuleConfig } from "@cdktf/provider-aws/lib/security-group-rule";

export interface FirewallProps {
  groupId: string;
  rules: SecurityGroupRuleConfig[];
}

export class Firewall extends Construct {
  constructor(scope: Construct, id: string, props: FirewallProps) {
    super(scope, id);
    props.rules.forEach((rule, i) =>
      new SecurityGroupRule(this, `rule-${i}`, { ...rule, type: "ingress", securityGroupId: props.groupId }));
  }
}
