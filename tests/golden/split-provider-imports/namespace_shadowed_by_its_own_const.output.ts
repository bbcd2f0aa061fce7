import { Construct } from "constructs";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export class Network extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const network = new Vpc(this, "network", { cidrBlock: "10.3.0.0/16" });
    // The local below takes the namespace's name; the model still meant the namespace.
    const subnet = new Subnet(this, "private", {
      vpcId: network.id,
      cidrBlock: "10.3.1.0/24",
    });
    new Vpc(this, "peer", { cidrBlock: subnet.cidrBlock });
  }
}
