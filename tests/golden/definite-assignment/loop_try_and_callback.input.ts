import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class Alerts extends Construct {
  // the last topic made in the loop
  private lastTopic: SnsTopic;
  protected archive /* kept */ : S3Bucket;
  names: string[];

  constructor(scope: Construct, id: string, names: string[]) {
    super(scope, id);
    for (const name of names) {
      this.lastTopic = new SnsTopic(this, name, { name });
    }
    try {
      this.archive = new S3Bucket(this, "archive", { bucketPrefix: "archive-" });
    } catch (e) {
      console.log(e);
    }
    names.forEach((name) => {
      this.names = [name];
    });
  }

  public topic(): SnsTopic {
    return this.lastTopic;
  }
}
