import { Construct } from "constructs";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";

export function scratchVolume(scope: Construct, options: { zone: string, size: number, kmsKeyId?: string }) {
  return new EbsVolume(scope, "scratch", {
    availabilityZone: options.zone,
    size: options.size,
    encrypted: true,
    ...(options.kmsKeyId && { kmsKeyId: options.kmsKeyId }),
  });
}
