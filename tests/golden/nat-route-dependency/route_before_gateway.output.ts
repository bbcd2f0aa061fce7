import { Construct } from "constructs";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";

export class Outbound extends Construct {
  private readonly natGateway: NatGateway;

  constructor(scope: Construct, id: string, vpcId: string, subnetId: string) {
    super(scope, id);

    const table = new RouteTable(this, "private", { vpcId });

    const address = new Eip(this, "address", { domain: "vpc" });

    // the gateway itself
    this.natGateway = new NatGateway(this, "gateway", {
      allocationId: address.id,
      subnetId,
    });

    // IPv4 egress
    // (through the NAT gateway)
    new Route(this, "egress", {
      routeTableId: table.id,
      destinationCidrBlock: "0.0.0.0/0",
      natGatewayId: this.natGateway.id,
      dependsOn: [this.natGateway],
    });

    const partner = new Route(this, "partner", {
      routeTableId: table.id,
      destinationCidrBlock: "172.16.0.0/12",
      natGatewayId: this.natGateway.id,
      dependsOn: [this.natGateway],
    }); // partner networks

    partner.overrideLogicalId("partner-route");
  }
}
