import { Construct } from "constructs";
import { Cloudtrail } from "@cdktf/provider-aws/lib/cloudtrail";

export interface AuditTrailOptions {
  bucketName: string
  multiRegion: boolean
}

export class AuditTrail extends Construct {
  constructor(scope: Construct, id: string, options: AuditTrailOptions) {
    super(scope, id);

    new Cloudtrail(this, "trail", {
      name: "audit",
      s3BucketName: options.bucketName,
      isMultiRegionTrail: options.multiRegion,
      kmsKeyId: "alias/aws/cloudtrail",
    });

    const broken = [1, 2,;
  }
}
