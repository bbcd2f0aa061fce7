import { Construct } from "constructs";
import { ConsulBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new ConsulBackend(this, { address: "consul.internal:8500", path: "terraform/portal", accessToken: process.env.CONSUL_TOKEN ?? "" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
