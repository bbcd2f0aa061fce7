import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { S3BucketConfig, S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket";

export function setup(scope: Construct, config: S3BucketConfig, legacy?: S3BucketVersioning) {
  new AwsProvider(scope, "aws", {});
  new S3BucketVersioningA(scope, "v", { bucket: "b", versioningConfiguration: { status: "Enabled" } });
  return [config, legacy];
}
