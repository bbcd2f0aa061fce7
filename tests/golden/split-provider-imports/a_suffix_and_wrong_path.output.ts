import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export function build(scope: Construct) {
  const logs = new S3Bucket(scope, "logs", {});
  new S3BucketVersioningA(scope, "logs-versioning", {
    bucket: logs.id,
    versioningConfiguration: { status: "Enabled" },
  });
  const v = new Vpc(scope, "v", {});
  new Subnet(scope, "s", { vpcId: v.id });
  new IamRole(scope, "r", { assumeRolePolicy: "{}" });
}
