import { Construct } from "constructs";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";

export class BastionNetwork extends Construct {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);

    new SecurityGroup(this, "bastion", {
      name: "bastion",
      vpcId,
      ingress: [
        { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["198.51.100.0/24"] },
      ],
      egress: [
        {
          description: "anything out",
          protocol: "-1",
          fromPort: 0,
          toPort: 65535,
          cidrBlocks: ["0.0.0.0/0"],
        },
      ],
    });

    new DefaultSecurityGroup(this, "default", {
      vpcId,
      ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, selfAttribute: true }],
      egress: [{ protocol: "-1", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }],
    });
  }
}
