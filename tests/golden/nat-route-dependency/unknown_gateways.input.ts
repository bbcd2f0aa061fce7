import { Construct } from "constructs";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";

export interface TableProps {
  tableId: string;
  natGatewayId?: string;
  sharedGateway?: NatGateway;
}

export class PrivateTable extends Construct {
  private readonly zonal: NatGateway[] = [];

  constructor(scope: Construct, id: string, props: TableProps, subnetIds: string[]) {
    super(scope, id);

    if (props.natGatewayId) {
      new Route(this, "by-id", {
        routeTableId: props.tableId,
        destinationCidrBlock: "0.0.0.0/0",
        natGatewayId: props.natGatewayId,
      });
    }

    if (props.sharedGateway) {
      new Route(this, "shared", {
        routeTableId: props.tableId,
        destinationCidrBlock: "10.20.0.0/16",
        natGatewayId: props.sharedGateway.id,
      });
    }

    subnetIds.forEach((subnetId, index) => {
      new Route(this, `zonal-${index}`, {
        routeTableId: props.tableId,
        destinationCidrBlock: `10.3${index}.0.0/16`,
        natGatewayId: this.zonal[index].id,
      });
    });
    subnetIds.forEach((subnetId, index) => {
      this.zonal.push(new NatGateway(this, `zonal-nat-${index}`, { subnetId }));
    });
  }
}
