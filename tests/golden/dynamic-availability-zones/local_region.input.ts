import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

interface StackProps {
  awsRegion?: string;
}

export class DataStack extends TerraformStack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id);
    const awsRegion = props?.awsRegion || "us-east-1";
    new AwsProvider(this, "aws", { region: awsRegion });

    const subnets = [
      "us-east-1a", // primary
      "us-east-1b",
      "us-east-1c",
    ].map(
      (zone, i) =>
        new Subnet(this, `data-${i}`, { vpcId: "vpc-1", cidrBlock: `10.1.${i}.0/24`, availabilityZone: zone })
    );
    new DbSubnetGroup(this, "db", { subnetIds: subnets.map((s) => s.id) });
  }
}
