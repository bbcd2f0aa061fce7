import { Construct } from "constructs";
import { HttpBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new HttpBackend(this, { address: "https://state.example.com/portal", lockAddress: "https://state.example.com/portal/lock" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
