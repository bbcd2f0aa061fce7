// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";

export class Egress extends Construct {
  constructor(scope: Construct, id: string, tableId: string, subnetId: string) {
    super(scope, id);

    const nat = new NatGateway(this, "nat", { subnetId });

    new Route(this, "default", {
      routeTableId: tableId,
      destinationCidrBlock: "0.0.0.0/0",
      natGatewayId: nat.id,
      dependsOn: [nat],
    });
  }

  private describe(): string {
    return `egress ${;
  }
}
