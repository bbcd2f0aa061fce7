import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

interface BatchProps {
  region?: string;
  vpcId: string;
}

export class Batch extends Construct {
  constructor(scope: Construct, id: string, props: BatchProps) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "ca-central-1" });
    const zones = ["ca-central-1a", "ca-central-1b"];
    zones.forEach((zone, i) => {
      new Subnet(this, `batch-${i}`, { vpcId: props.vpcId, cidrBlock: `10.5.${i}.0/24`, availabilityZone: zone });
    });
  }
}
