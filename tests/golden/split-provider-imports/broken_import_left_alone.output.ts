import { Construct } from "constructs";
import { SnsTop icks } from "@cdktf/provider-aws/lib/sns-topic";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export function topic(scope: Construct) {
  new S3Bucket(scope, "b", {});
  return new SnsTopic(scope, "alerts", { name: "alerts" });
}
