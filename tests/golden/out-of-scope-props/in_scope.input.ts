import { Construct } from "constructs";
import { NetworkAcl } from "@cdktf/provider-aws/lib/network-acl";
import { NetworkAclRule } from "@cdktf/provider-aws/lib/network-acl-rule";
import { NetworkAclRuleConfig } from "@cdktf/provider-aws/lib/network-acl-rule";

interface BaseProps {
  aclId: string;
}

export interface RuleProps extends BaseProps {
  sshCidr: string;
  extra?: Partial<{ rdpCidr: string }>;
}

type TaggedProps = RuleProps & { tags: Record<string, string> };

const config = { defaultCidr: "10.0.0.0/8" };

export class Rules extends Construct {
  constructor(scope: Construct, id: string, private readonly props: TaggedProps) {
    super(scope, id);

    new NetworkAclRule(this, "ssh", {
      networkAclId: props.aclId,
      ruleNumber: 100,
      protocol: "tcp",
      ruleAction: "allow",
      cidrBlock: props.sshCidr,
      fromPort: 22,
      toPort: 22,
    });
    new NetworkAclRule(this, "internal", {
      networkAclId: this.props.aclId,
      ruleNumber: 110,
      protocol: "-1",
      ruleAction: "allow",
      cidrBlock: config.defaultCidr,
    });
    this.copy({ ...props, cidrBlock: "10.1.0.0/16" });
  }

  private copy(config: Partial<NetworkAclRuleConfig> & { aclId: string }): void {
    new NetworkAclRule(this, "copy", {
      networkAclId: config.aclId,
      ruleNumber: config.ruleNumber ?? 120,
      protocol: "tcp",
      ruleAction: "allow",
      cidrBlock: config.cidrBlock,
    });
    new NetworkAcl(this, "acl", { vpcId: config.aclId, tags: this.props.tags });
  }
}
