import { Construct } from "constructs";
import { TerraformOutput, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";

export class SettingsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "west", { alias: "west", region: "us-west-2" });
    const settings = { provider: "aws.west", region: "us-west-2" };
    new TerraformOutput(this, "settings", { value: settings });
  }
}
