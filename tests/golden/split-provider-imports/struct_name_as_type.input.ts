import { Construct } from "constructs";
import { S3Bucket, S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket";

export function bucket(scope: Construct, versioning: S3BucketVersioning) {
  return new S3Bucket(scope, "b", { versioning });
}
