import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import { Vpc, Subnet } from "@cdktf/provider-aws/lib/vpc";
import { IamRole } from "@cdktf/provider-aws/lib/iam";

export function build(scope: Construct) {
  const logs = new S3Bucket(scope, "logs", {});
  new S3BucketVersioning(scope, "logs-versioning", {
    bucket: logs.id,
    versioningConfiguration: { status: "Enabled" },
  });
  const v = new Vpc(scope, "v", {});
  new Subnet(scope, "s", { vpcId: v.id });
  new IamRole(scope, "r", { assumeRolePolicy: "{}" });
}
