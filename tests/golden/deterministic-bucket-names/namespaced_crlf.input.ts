import * as aws from "@cdktf/provider-aws";
import { Construct } from "constructs";
import { randomUUID } from "crypto";

export function auditBuckets(scope: Construct, env: string) {
  const audit = new aws.s3Bucket.S3Bucket(scope, "audit", {
    bucketPrefix: "audit-" + env + "-" + randomUUID(),
    acl: "private", // audit trail only
  });
  return audit;
}
