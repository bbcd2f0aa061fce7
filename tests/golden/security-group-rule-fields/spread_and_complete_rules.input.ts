import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { SecurityGroupRule, SecurityGroupRuleConfig } from "@cdktf/provider-aws/lib/security-group-rule";

interface OpenProps {
  rules: SecurityGroupRuleConfig[];
}

class Open extends Construct {
  constructor(scope: Construct, id: string, props: OpenProps) {
    super(scope, id);
    props.rules.forEach((rule, i) => new SecurityGroupRule(this, `r${i}`, rule));
  }
}

export class OpenStack extends TerraformStack {
  constructor(scope: Construct, id: string, base: SecurityGroupRuleConfig) {
    super(scope, id);
    new Open(this, "open", {
      rules: [
        { ...base, fromPort: 22, toPort: 22 },
        { type: "ingress", securityGroupId: "sg-1", fromPort: 80, toPort: 80, protocol: "tcp" },
      ],
    });
  }
}
