import { Construct } from "constructs";
import { S3Bucket, S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket";

export function bucket(scope: Construct) {
  const b = new S3Bucket(scope, "b", {});
  new S3BucketVersioning(scope, "v", {
    bucket: b.id,
    versioningConfiguration: { status: "Enabled" },
  });
}
