import { Construct } from "constructs";
import { NetworkAcl } from "@cdktf/provider-aws/lib/network-acl";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";

export interface NetworkProps {
  vpcId: string;
  subnetIds: string[];
}

export interface FirewallProps {
  vpcId: string;
  sshAllowedCidr: string;
}

export class NetworkModule extends Construct {
  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);

    const acl = new NetworkAcl(this, "public-acl", { vpcId: props.vpcId, subnetIds: props.subnetIds });

    // SSH from the office
    new NetworkAclRule(this, "ssh-in", {
      networkAclId: acl.id,
      ruleNumber: 120,
      protocol: "tcp",
      ruleAction: "allow",
      cidrBlock: "0.0.0.0/0", // access is controlled by the security group
      fromPort: 22,
      toPort: 22,
      egress: false,
    });
  }
}

export class FirewallModule extends Construct {
  constructor(scope: Construct, id: string, props: FirewallProps) {
    super(scope, id);

    new SecurityGroup(this, "ssh", {
      vpcId: props.vpcId,
      ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: [props.sshAllowedCidr] }],
    });
  }
}
