import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class Base extends Construct {
  public bucket!: S3Bucket;

  public build(): void {
    this.bucket = new S3Bucket(this, "bucket", {});
  }
}
