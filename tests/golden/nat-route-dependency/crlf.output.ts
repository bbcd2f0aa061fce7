import { Construct } from "constructs";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";

export function privateEgress(scope: Construct, tableId: string, subnetId: string): void {
  const gateway = new NatGateway(scope, 'nat', {
    subnetId,
    connectivityType: 'private',
  });

  new Route(scope, 'egress', {
    routeTableId: tableId,
    destinationCidrBlock: '0.0.0.0/0',
    natGatewayId: gateway.id,
    dependsOn: [gateway]
  });
}
