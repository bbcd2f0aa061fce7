import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export class Archive extends Construct {
  constructor(scope: Construct, id: string, east: aws.provider.AwsProvider) {
    super(scope, id);

    new aws.s3Bucket.S3Bucket(this, "cold-archive", {
      provider: east,
      bucket: "cold-archive-east",
      publicAccessBlock: {
        blockPublicAcls: true,
        blockPublicPolicy: true
      }
    });
  }
}
