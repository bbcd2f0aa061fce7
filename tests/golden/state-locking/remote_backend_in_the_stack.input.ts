import { Construct } from "constructs";
import { RemoteBackend, NamedRemoteWorkspace, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new RemoteBackend(this, { organization: "acme", workspaces: new NamedRemoteWorkspace("portal") });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
