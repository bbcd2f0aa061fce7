import { Construct } from "constructs";
import { GcsBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GcsBackend(this, { bucket: "acme-tfstate", prefix: "portal" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
