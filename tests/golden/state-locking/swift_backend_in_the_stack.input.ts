import { Construct } from "constructs";
import { SwiftBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SwiftBackend(this, { container: "terraform-state" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
