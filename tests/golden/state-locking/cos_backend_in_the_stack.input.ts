import { Construct } from "constructs";
import { CosBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new CosBackend(this, { region: "ap-guangzhou", bucket: "tfstate-1250000000", prefix: "portal" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
