import { Construct } from "constructs";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { SharedProps } from "./shared";

export class Cache extends Construct {
  constructor(scope: Construct, id: string, { region, vpcId }: SharedProps) {
    super(scope, id);
    new Subnet(this, "cache", { vpcId, cidrBlock: "10.3.0.0/24", availabilityZone: `${region}a` });
  }
}

export function queueSubnet(scope: Construct, props: SharedProps) {
  return new Subnet(scope, "queue", { vpcId: props.vpcId, cidrBlock: "10.3.1.0/24", availabilityZone: `${props.region}b` });
}
