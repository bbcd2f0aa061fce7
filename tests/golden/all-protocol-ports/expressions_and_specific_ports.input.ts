import { Construct } from "constructs";
import { SecurityGroup, SecurityGroupEgress } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

interface RuleSettings {
  protocol: string;
  lowPort: number;
  highPort: number;
}

const openEgress: SecurityGroupEgress = { protocol: "-1", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] };

export class LegacyNetwork extends Construct {
  constructor(scope: Construct, id: string, settings: RuleSettings) {
    super(scope, id);
    const group = new SecurityGroup(this, "legacy", { name: "legacy", egress: [openEgress] });

    const anyPort = 0;
    new SecurityGroupRule(this, "legacy-out", {
      type: "egress",
      fromPort: anyPort,
      toPort: anyPort,
      protocol: "-1",
      cidrBlocks: ["0.0.0.0/0"],
      securityGroupId: group.id,
    });

    new SecurityGroupRule(this, "legacy-configured", {
      type: "ingress",
      fromPort: settings.lowPort,
      toPort: settings.highPort,
      protocol: settings.protocol,
      cidrBlocks: ["10.0.0.0/8"],
      securityGroupId: group.id,
    });

    // -1 with a single port opens every port: reported, not changed
    new SecurityGroupRule(this, "legacy-https", {
      type: "ingress",
      fromPort: 443,
      toPort: 443,
      protocol: "-1",
      cidrBlocks: ["10.0.0.0/8"],
      securityGroupId: group.id,
    });
  }
}
