import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export class Replica extends Construct {
  constructor(scope: Construct, id: string, west: aws.provider.AwsProvider) {
    super(scope, id);

    const replica = new aws.s3Bucket.S3Bucket(this, "replica", {
      provider: west,
      bucket: "replica-west",
    });
  }
}
