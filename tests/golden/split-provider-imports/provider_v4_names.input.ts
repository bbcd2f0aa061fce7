import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export function accessLogs(scope: Construct, bucketId: string, targetId: string) {
  new aws.s3BucketLoggingV2.S3BucketLoggingV2(scope, "access-logs", {
    bucket: bucketId,
    targetBucket: targetId,
    targetPrefix: "logs/",
  });
}
