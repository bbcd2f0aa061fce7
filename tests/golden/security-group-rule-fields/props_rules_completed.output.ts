import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule, SecurityGroupRuleConfig } from "@cdktf/provider-aws/lib/security-group-rule";

interface FirewallProps {
  vpcId: string;
  ingressRules: SecurityGroupRuleConfig[];
  egressRules?: SecurityGroupRuleConfig[];
}

class Firewall extends Construct {
  constructor(scope: Construct, id: string, props: FirewallProps) {
    super(scope, id);
    const group = new SecurityGroup(this, "group", { vpcId: props.vpcId });
    props.ingressRules.forEach((rule, i) => {
      new SecurityGroupRule(this, `in-${i}`, { ...rule, type: "ingress", securityGroupId: group.id });
    });
    (props.egressRules ?? []).forEach((rule, i) => {
      new SecurityGroupRule(this, `out-${i}`, { ...rule, type: "egress", securityGroupId: group.id });
    });
  }
}

export class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);
    new Firewall(this, "web", {
      vpcId,
      ingressRules: [
        {
          fromPort: 443,
          toPort: 443,
          protocol: "tcp",
          cidrBlocks: ["0.0.0.0/0"], // public HTTPS
          type: "ingress",
          securityGroupId: "",
        },
        { fromPort: 80, toPort: 80, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"], type: "ingress", securityGroupId: "" },
      ],
      egressRules: [{ fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"], type: "egress", securityGroupId: "" }],
    });
  }
}
