import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { VpcModule } from "./network";

export class RightStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const vpc = new VpcModule(this, "vpc");
    const current = new DataAwsCallerIdentity(this, "current");

    new TerraformOutput(this, "vpc_id", { value: vpc.vpc.id });
    new TerraformOutput(this, "vpc_path", { value: vpc.node.path });
    new TerraformOutput(this, "subnets", { value: vpc.publicSubnets.map((subnet) => subnet.id) });
    new TerraformOutput(this, "account", { value: current.accountId });
    new TerraformOutput(this, "vpc_fqn", { value: vpc.vpc.fqn });
  }
}
