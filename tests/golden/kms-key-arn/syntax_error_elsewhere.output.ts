import { Construct } from "constructs";
import { Cloudtrail } from "@cdktf/provider-aws/lib/cloudtrail";

export interface AuditTrailOptions {
  bucketName: string
  multiRegion: boolean
  kmsKeyId?: string
}

export class AuditTrail extends Construct {
  constructor(scope: Construct, id: string, options: AuditTrailOptions) {
    super(scope, id);

    new Cloudtrail(this, "trail", {
      name: "audit",
      s3BucketName: options.bucketName,
      isMultiRegionTrail: options.multiRegion,
      ...(options.kmsKeyId && { kmsKeyId: options.kmsKeyId }),
    });

    const broken = [1, 2,;
  }
}
