import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";

export function bucket(scope: Construct) {
  const b = new S3Bucket(scope, "b", {});
  new S3BucketVersioningA(scope, "v", {
    bucket: b.id,
    versioningConfiguration: { status: "Enabled" },
  });
}
