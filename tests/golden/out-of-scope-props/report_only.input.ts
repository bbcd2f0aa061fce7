// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

export interface AccessProps {
  groupId: string;
}

export function allowSsh(scope: Construct, groupId: string): void {
  // `props` lives in the caller, not here
  new SecurityGroupRule(scope, "ssh", {
    type: "ingress",
    securityGroupId: groupId,
    fromPort: 22,
    toPort: 22,
    protocol: "tcp",
    cidrBlocks: [props.sshCidr],
  });
}

export class Access extends Construct {
  constructor(scope: Construct, id: string, props: AccessProps) {
    super(scope, id);
    allowSsh(this, props.groupId);
    new SecurityGroupRule(this, "https", {
      type: "ingress",
      securityGroupId: props.groupId,
      fromPort: 443,
      toPort: 443,
      protocol: "tcp",
      cidrBlocks: [props.httpsCidr],
    });
  }
}
