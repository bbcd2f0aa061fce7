import { Construct } from "constructs";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

export class ApiNetwork extends Construct {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);

    const api = new SecurityGroup(this, "api", {
      name: "api",
      vpcId,
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
      egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    });

    new SecurityGroupRule(this, "api-out", {
      type: "egress",
      fromPort: 0,
      toPort: 65535,
      protocol: "-1",
      cidrBlocks: ["0.0.0.0/0"],
      securityGroupId: api.id,
    });

    new SecurityGroupRule(this, "api-dns", {
      type: "egress",
      fromPort: 53,
      toPort: 53,
      protocol: "udp",
      cidrBlocks: ["0.0.0.0/0"],
      securityGroupId: api.id,
    });
  }
}
