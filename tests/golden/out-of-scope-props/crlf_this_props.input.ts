import { Construct } from "constructs";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";

export class AclRules extends Construct {
  constructor(scope: Construct, id: string, aclId: string) {
    super(scope, id);

    new NetworkAclRule(this, "bastion", {
      networkAclId: aclId,
      ruleNumber: 130,
      protocol: "tcp",
      ruleAction: "allow",
      fromPort: 22,
      toPort: 22,
      cidrBlock: this.props.bastionCidr
    });
  }
}
