import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";

export class LogsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const logs = new S3Bucket(this, "logs", { bucketPrefix: "logs-" });

    new S3BucketLifecycleConfiguration(this, "logs-lifecycle", {
      bucket: logs.id,
      rule: [
        {
          id: "expire-old-logs",
          status: "Enabled",
          filter: [{ prefix: "" }],
          expiration: [{
            days: 365,
          }],
          noncurrentVersionExpiration: [{ noncurrentDays: 30 }], // old versions
          transition: [
            { days: 30, storageClass: "STANDARD_IA" },
            { days: 90, storageClass: "GLACIER" },
          ],
        },
      ],
    });
  }
}
