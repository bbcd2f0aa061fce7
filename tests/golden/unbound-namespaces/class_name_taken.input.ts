import { Construct } from "constructs";

class Vpc extends Construct {}

export class Network extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Vpc(this, "wrapper");
    new ec2.Vpc(this, "main", { cidrBlock: "10.0.0.0/16" });
  }
}
