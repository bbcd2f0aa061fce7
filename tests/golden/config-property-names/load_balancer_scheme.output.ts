import { Construct } from "constructs";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { Alb } from "@cdktf/provider-aws/lib/alb";

export class Edge extends Construct {
  constructor(scope: Construct, id: string, subnets: string[], scheme: string) {
    super(scope, id);
    new Lb(this, "public", { name: "public", loadBalancerType: "application", internal: false, subnets });
    new Alb(this, "private", { name: "private", internal: true, subnets });
  }
}
