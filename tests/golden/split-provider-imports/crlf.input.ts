import { Construct } from "constructs";
import { AwsProvider, S3Bucket } from "@cdktf/provider-aws";

export function setup(scope: Construct) {
  new AwsProvider(scope, "aws", { region: "us-west-2" });
  new S3Bucket(scope, "data", {});
}
