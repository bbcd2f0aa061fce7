import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class MultiRegion extends TerraformStack {
  private west: AwsProvider;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const primary = new AwsProvider(this, "aws", { region: "us-east-1" });
    new AwsProvider(this, "aws-dr", { alias: "dr", region: "us-west-2" });
    this.west = new AwsProvider(this, "aws-west", { alias: "west", region: "us-west-1" });
    new S3Bucket(this, "a", { provider: `${primary}` });
    new S3Bucket(this, "b", { provider: `${aws.dr}` });
    new S3Bucket(this, "c", { provider: `${this.west.alias}` });
  }
}
