import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class Buckets extends Construct {
  public static count: number;
  public logs?: S3Bucket;
  public data!: S3Bucket;
  public extra: S3Bucket | undefined;
  public anything: any;
  public made: S3Bucket = new S3Bucket(this, "made", {});
  declare readonly tag: string;

  constructor(scope: Construct, id: string, logs: boolean) {
    super(scope, id);
    if (logs) {
      this.logs = new S3Bucket(this, "logs", {});
      this.data = new S3Bucket(this, "data", {});
      this.extra = this.data;
      this.anything = 1;
    }
  }
}

export class Named extends Buckets {
  public label: string = "named";
}
