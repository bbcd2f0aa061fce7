import * as aws from "@cdktf/provider-aws";
import { Construct } from "constructs";

export function auditBuckets(scope: Construct, env: string) {
  // A fixed suffix keeps the bucket name the same on every synth
  const uniqueSuffix = "0001";
  const audit = new aws.s3Bucket.S3Bucket(scope, "audit", {
    bucketPrefix: "audit-" + env + "-" + uniqueSuffix,
    acl: "private", // audit trail only
    forceDestroy: true,
  });
  return audit;
}
