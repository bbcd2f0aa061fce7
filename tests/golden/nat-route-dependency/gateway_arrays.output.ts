import { Construct } from "constructs";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

export class Zones extends Construct {
  public readonly gateways: NatGateway[] = [];

  constructor(scope: Construct, id: string, publicSubnets: Subnet[], privateTables: RouteTable[]) {
    super(scope, id);

    const natGateways: NatGateway[] = [];
    publicSubnets.forEach((subnet, index) => {
      const address = new Eip(this, `nat-eip-${index}`, { domain: "vpc" });
      natGateways.push(
        new NatGateway(this, `nat-${index}`, { allocationId: address.id, subnetId: subnet.id }),
      );
    });

    privateTables.forEach((table, index) => {
      new Route(this, `private-${index}`, {
        routeTableId: table.id,
        destinationCidrBlock: "0.0.0.0/0",
        natGatewayId: natGateways[index].id,
        dependsOn: [table, natGateways[index]],
      });
    });

    const spare = publicSubnets.map(
      (subnet, index) => new NatGateway(this, `spare-${index}`, { subnetId: subnet.id, connectivityType: "private" }),
    );
    for (let i = 0; i < privateTables.length; i++) {
      new Route(this, `spare-route-${i}`, {
        routeTableId: privateTables[i].id,
        destinationCidrBlock: "10.10.0.0/16",
        natGatewayId: spare[i % spare.length].id,
        dependsOn: [spare[i % spare.length]],
      });
    }
  }
}
