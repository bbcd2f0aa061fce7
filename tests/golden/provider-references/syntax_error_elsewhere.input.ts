// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class BrokenStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const west = new AwsProvider(this, "west", { alias: "west", region: "us-west-2" });
    const settings = { versioning: true, ;
    new S3Bucket(this, "logs", { bucketPrefix: "logs-", provider: "aws.west" });
    new S3Bucket(this, "audit", { bucketPrefix: "audit-", provider: "aws.central" });
  }
}
