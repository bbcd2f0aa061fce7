import { Construct } from "constructs";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";

export function scratchVolume(scope: Construct, options: { zone: string, size: number }) {
  return new EbsVolume(scope, "scratch", {
    availabilityZone: options.zone,
    size: options.size,
    encrypted: true,
    kmsKeyId: `alias/aws/ebs`,
  });
}
