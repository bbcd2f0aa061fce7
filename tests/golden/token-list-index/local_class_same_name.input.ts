import { Construct } from "constructs";
import { TerraformStack, TerraformOutput } from "cdktf";

class DataAwsAvailabilityZones extends Construct {
  public readonly names: string[] = ["a", "b"];
}

export class OwnStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const azs = new DataAwsAvailabilityZones(this, "azs");
    new TerraformOutput(this, "first", { value: azs.names[0] });
  }
}
