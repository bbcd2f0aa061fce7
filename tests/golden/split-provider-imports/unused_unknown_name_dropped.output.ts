import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export function bucket(scope: Construct) {
  return new S3Bucket(scope, "b", {});
}
