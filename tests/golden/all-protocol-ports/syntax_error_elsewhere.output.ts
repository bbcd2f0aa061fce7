import { Construct } from "constructs";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";

export class QueueNetwork extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const consumers = new SecurityGroup(this, "consumers", { name: "consumers" });

    new SecurityGroupRule(this, "consumers-out", {
      type: "egress",
      fromPort: 0,
      toPort: 65535,
      protocol: "-1",
      cidrBlocks: ["0.0.0.0/0"],
      securityGroupId: consumers.id,
    });

    if (consumers.name === {
  }
}
