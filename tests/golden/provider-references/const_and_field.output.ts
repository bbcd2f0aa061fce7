import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";

export class MultiRegionStack extends TerraformStack {
  private readonly backupRegion: aws.provider.AwsProvider;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const primary = new aws.provider.AwsProvider(this, "primary", { alias: "primary", region: "us-east-1" });
    this.backupRegion = new aws.provider.AwsProvider(this, "backup", { alias: "backup", region: "us-west-2" });

    new aws.sqsQueue.SqsQueue(this, "orders", { name: "orders", provider: primary });
    if (primary.region) {
      new aws.sqsQueue.SqsQueue(this, "orders-copy", { name: "orders-copy", provider: this.backupRegion });
    }
    this.addDeadLetters();
  }

  private addDeadLetters(): void {
    new aws.sqsQueue.SqsQueue(this, "dead-letters", { name: "dead-letters", provider: this.backupRegion });
  }
}
