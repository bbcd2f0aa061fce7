import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export class Archive extends Construct {
  constructor(scope: Construct, id: string, east: aws.provider.AwsProvider) {
    super(scope, id);

    const coldArchiveBucket = new aws.s3Bucket.S3Bucket(this, "cold-archive", {
      provider: east,
      bucket: "cold-archive-east",
    });
    new aws.s3BucketPublicAccessBlock.S3BucketPublicAccessBlock(this, "cold-archive-public-access-block", {
      provider: east,
      bucket: coldArchiveBucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true
    });
  }
}
