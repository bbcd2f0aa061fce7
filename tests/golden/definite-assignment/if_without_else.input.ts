import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export interface StorageProps {
  enableLogs: boolean;
}

export class Storage extends Construct {
  public readonly data: S3Bucket;
  public readonly logs: S3Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    this.data = new S3Bucket(this, "data", { bucketPrefix: "data-" });
    if (props.enableLogs) {
      this.logs = new S3Bucket(this, "logs", { bucketPrefix: "logs-" });
    }
  }
}
