// codemod-golden: no-typecheck
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { TwoSidedVpc } from "./network";

export class UnresolvedStack extends TerraformStack {
  constructor(scope: Construct, id: string, shared: any) {
    super(scope, id);

    const vpc = new TwoSidedVpc(this, "vpc");

    // two members could be meant: reported, not guessed
    new TerraformOutput(this, "subnets", { value: vpc.subnetIds });
    // nothing to read at all
    new TerraformOutput(this, "nothing", { description: "forgot the value" });
    // a parameter without a class
    new TerraformOutput(this, "shared", { value: shared.vpc.id });
  }
}
