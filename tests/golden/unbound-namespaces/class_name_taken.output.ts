import { Construct } from "constructs";
import { Vpc as Vpc2 } from "@cdktf/provider-aws/lib/vpc";

class Vpc extends Construct {}

export class Network extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Vpc(this, "wrapper");
    new Vpc2(this, "main", { cidrBlock: "10.0.0.0/16" });
  }
}
