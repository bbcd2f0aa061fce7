import { Construct } from "constructs";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { Alb } from "@cdktf/provider-aws/lib/alb";

export class Edge extends Construct {
  constructor(scope: Construct, id: string, subnets: string[], scheme: string) {
    super(scope, id);
    new Lb(this, "given", { name: "given", scheme, subnets });
    new Lb(this, "both", { name: "both", internal: true, scheme: "internal", subnets });
  }
}
