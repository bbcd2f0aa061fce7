import { Construct } from "constructs";
import { DefaultNetworkAcl } from "@cdktf/provider-aws/lib/default-network-acl";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";

export interface AclSettings {
  defaultAclId: string;
  aclId: string;
}

export function aclRules(scope: Construct, props: AclSettings): void {
  new NetworkAclRule(scope, "rdp", { networkAclId: props.aclId, ruleNumber: 140, protocol: "tcp", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 3389, toPort: 3389 });

  new DefaultNetworkAcl(scope, "default", {
    defaultNetworkAclId: props.defaultAclId,
    ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
  });

  new NetworkAclRule(scope, "vpn", {
    networkAclId: props.aclId,
    ruleNumber: 150,
    protocol: "udp",
    ruleAction: "allow",
    cidrBlock: "0.0.0.0/0", // TODO: narrow this
    fromPort: 1194,
    toPort: 1194,
  });
}
