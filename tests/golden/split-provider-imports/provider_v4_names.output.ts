import { Construct } from "constructs";
import { S3BucketLoggingA } from "@cdktf/provider-aws/lib/s3-bucket-logging";

export function accessLogs(scope: Construct, bucketId: string, targetId: string) {
  new S3BucketLoggingA(scope, "access-logs", {
    bucket: bucketId,
    targetBucket: targetId,
    targetPrefix: "logs/",
  });
}
