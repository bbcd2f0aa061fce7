import { Construct } from "constructs";
import { LocalBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: "terraform.portal.tfstate" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
