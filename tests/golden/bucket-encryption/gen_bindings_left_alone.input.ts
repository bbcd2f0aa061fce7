import { Construct } from "constructs"
import { S3Bucket } from "../.gen/providers/aws/s3-bucket"
import { SnsTopic } from "../.gen/providers/aws/sns-topic"

export class Alerts extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id)

    new SnsTopic(this, "AlertArchive-encryption", { name: "alerts" })

    new S3Bucket(this, "AlertArchive", {
      bucket: "alert-archive",
      tags: {
        Purpose: "archive"
      }
    })
  }
}
