import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export class PrivateNetwork extends Construct {
  public readonly natGateway: aws.natGateway.NatGateway;
  public readonly table: aws.routeTable.RouteTable;

  constructor(scope: Construct, id: string, vpcId: string, subnetId: string, allocationId: string) {
    super(scope, id);

    this.natGateway = new aws.natGateway.NatGateway(this, "gateway", { allocationId, subnetId });
    this.table = new aws.routeTable.RouteTable(this, "table", { vpcId });

    new aws.route.Route(this, "egress", { routeTableId: this.table.id, destinationCidrBlock: "0.0.0.0/0", natGatewayId: this.natGateway.id });

    new aws.route.Route(this, "egress-v6", {
      routeTableId: this.table.id,
      destinationIpv6CidrBlock: "::/0",
      natGatewayId: this.natGateway!.id
    });
  }
}
