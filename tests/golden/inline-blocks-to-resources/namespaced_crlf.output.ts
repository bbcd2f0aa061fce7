import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";

export class Archive extends Construct {
  constructor(scope: Construct, id: string, east: aws.provider.AwsProvider) {
    super(scope, id);

    const coldArchiveBucket = new aws.s3Bucket.S3Bucket(this, "cold-archive", {
      provider: east,
      bucket: "cold-archive-east",
    });
    new S3BucketPublicAccessBlock(this, "cold-archive-public-access-block", {
      provider: east,
      bucket: coldArchiveBucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true
    });
  }
}
