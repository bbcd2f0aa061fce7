// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";

interface RuleProps {
  aclId: string;
}

export class Rules extends Construct {
  constructor(scope: Construct, id: string, props: RuleProps) {
    super(scope, id);

    new NetworkAclRule(this, "ssh", {
      networkAclId: props.aclId,
      ruleNumber: 100,
      protocol: "tcp",
      ruleAction: "allow",
      cidrBlock: "0.0.0.0/0", // access is controlled by the security group
      fromPort: 22,
      toPort: 22,
    });
  }
}

const broken = { a: 1,, };
