import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";

export class Replica extends Construct {
  constructor(scope: Construct, id: string, west: aws.provider.AwsProvider) {
    super(scope, id);

    const replica = new aws.s3Bucket.S3Bucket(this, "replica", {
      provider: west,
      bucket: "replica-west",
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "replica-encryption", {
      provider: west,
      bucket: replica.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256",
          },
        },
      ],
    });
  }
}
