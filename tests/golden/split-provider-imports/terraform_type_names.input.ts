import { Construct } from "constructs";
import { aws_s3_bucket } from "@cdktf/provider-aws";

export function bucket(scope: Construct) {
  return new aws_s3_bucket(scope, "b", { bucketPrefix: "logs-" });
}
