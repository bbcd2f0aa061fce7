import { Construct } from "constructs";
import { PgBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new PgBackend(this, { connStr: "postgres://state.internal/terraform_backend" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
