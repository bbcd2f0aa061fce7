import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { VpcModule } from "./network";

export class NetworkStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const vpc = new VpcModule(this, "vpc", { cidrBlock: "10.0.0.0/16" });

    new TerraformOutput(this, "vpc_id", {
      value: vpc.vpc.id, // the network's id
      description: "VPC ID",
    });

    new TerraformOutput(this, "vpc_id_short", { value: vpc.id });

    new TerraformOutput(this, "public_subnet_ids", {
      value: vpc.publicSubnetIds,
    });
  }
}
