import { Construct } from "constructs"
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket"
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic"
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration"

export class Alerts extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id)

    new SnsTopic(this, "AlertArchive-encryption", { name: "alerts" })

    const alertArchiveBucket = new S3Bucket(this, "AlertArchive", {
      bucket: "alert-archive",
      tags: {
        Purpose: "archive"
      }
    })
    new S3BucketServerSideEncryptionConfigurationA(this, "AlertArchive-encryption-2", {
      bucket: alertArchiveBucket.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256"
          }
        }
      ]
    })
  }
}
