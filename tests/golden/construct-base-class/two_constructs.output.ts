import { Construct } from "constructs";
import { App, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

export class StorageModule extends Construct {
  public readonly bucket: S3Bucket;

  constructor(scope: Construct, id: string, prefix: string) {
    super(scope, id);
    this.bucket = new S3Bucket(this, "bucket", { bucketPrefix: prefix });
  }
}

export class QueueModule extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SqsQueue(this, "jobs", { name: "jobs" });
  }
}

class MainStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new StorageModule(this, "storage", "logs-");
    new QueueModule(this, "queue");
  }
}

const app = new App();
new MainStack(app, "main");
app.synth();
