import { Construct } from "constructs";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";

export interface EgressProps {
  vpcId: string;
  publicSubnetId: string;
}

export class Egress extends Construct {
  constructor(scope: Construct, id: string, props: EgressProps) {
    super(scope, id);

    const address = new Eip(this, "nat-address", { domain: "vpc" });
    const natGateway = new NatGateway(this, "nat", {
      allocationId: address.id,
      subnetId: props.publicSubnetId,
    });

    const privateTable = new RouteTable(this, "private", { vpcId: props.vpcId });

    // default route of the private subnets
    new Route(this, "private-default", {
      routeTableId: privateTable.id,
      destinationCidrBlock: "0.0.0.0/0",
      natGatewayId: natGateway.id, // egress through the gateway
    });
  }
}
