import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class AlertsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const tokyoProvider = new AwsProvider(this, "tokyo", { alias: "tokyo", region: "ap-northeast-1" }); // Asia
    new SnsTopic(this, "alerts", {
      name: "alerts",
      provider: /* alias */ tokyoProvider, // the Tokyo provider
    });
  }
}
