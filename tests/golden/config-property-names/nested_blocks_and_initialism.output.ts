import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { AutoscalingGroup } from "@cdktf/provider-aws/lib/autoscaling-group";

export class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string, bucket: string, keyArn: string) {
    super(scope, id);
    new Route53HealthCheck(this, "health", {
      fqdn: "app.example.com",
      type: "HTTPS",
      port: 443,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "sse", {
      bucket,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "aws:kms",
            kmsMasterKeyId: keyArn,
          },
        },
      ],
    });
    new AutoscalingGroup(this, "web", {
      maxSize: 2,
      minSize: 1,
      tag: [{ key: "Name", value: "web", propagateAtLaunch: true }],
    });
  }
}
