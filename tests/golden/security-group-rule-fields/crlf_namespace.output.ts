import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";

interface GuardProps {
  egress: aws.securityGroupRule.SecurityGroupRuleConfig[];
}

class Guard extends Construct {
  constructor(scope: Construct, id: string, props: GuardProps) {
    super(scope, id);
    props.egress.forEach((r, i) => new aws.securityGroupRule.SecurityGroupRule(this, `e${i}`, { ...r, type: "egress", securityGroupId: "sg-1" }));
  }
}

export class CrlfStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Guard(this, "guard", {
      egress: [
        {
          fromPort: 0,
          toPort: 0,
          protocol: "-1",
          type: "egress",
          securityGroupId: "",
        },
      ],
    });
  }
}
