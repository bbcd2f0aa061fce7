import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export function setup(scope: Construct) {
  new AwsProvider(scope, "aws", { region: "us-west-2" });
  new S3Bucket(scope, "data", {});
}
