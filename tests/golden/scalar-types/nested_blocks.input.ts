import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";

export class NestedStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new LbTargetGroup(this, "api", {
      name: "api",
      port: 8080,
      protocol: "HTTP",
      healthCheck: {
        path: "/health",
        port: 8080,
        interval: "30",
        healthyThreshold: "3",
      },
    });

    new S3BucketLifecycleConfiguration(this, "logs-lifecycle", {
      bucket: "logs",
      rule: [
        {
          id: "expire",
          status: "Enabled",
          expiration: [{ days: "90" }],
          noncurrentVersionExpiration: [{ noncurrentDays: "30" }],
        },
      ],
    });
  }
}
