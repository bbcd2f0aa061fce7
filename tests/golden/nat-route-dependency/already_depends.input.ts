import { Construct } from "constructs";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";

export class Routes extends Construct {
  constructor(scope: Construct, id: string, vpcId: string, tableId: string, subnetId: string) {
    super(scope, id);

    const internet = new InternetGateway(this, "igw", { vpcId });
    const nat = new NatGateway(this, "nat", { subnetId });

    new Route(this, "public", { routeTableId: tableId, destinationCidrBlock: "0.0.0.0/0", gatewayId: internet.id });

    new Route(this, "private", {
      routeTableId: tableId,
      destinationCidrBlock: "10.1.0.0/16",
      natGatewayId: nat.id,
      dependsOn: [ nat ],
    });
  }
}
