import { Construct } from "constructs";
import { vpc, subnet } from "@cdktf/provider-aws";

export class Network extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const network = new vpc.Vpc(this, "network", { cidrBlock: "10.3.0.0/16" });
    // The local below takes the namespace's name; the model still meant the namespace.
    const subnet = new subnet.Subnet(this, "private", {
      vpcId: network.id,
      cidrBlock: "10.3.1.0/24",
    });
    new vpc.Vpc(this, "peer", { cidrBlock: subnet.cidrBlock });
  }
}
