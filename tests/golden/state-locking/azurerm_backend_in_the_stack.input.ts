import { Construct } from "constructs";
import { AzurermBackend, TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermBackend(this, { resourceGroupName: "tfstate", storageAccountName: "acmetfstate", containerName: "tfstate", key: "portal.tfstate" });
    new S3Bucket(this, "assets", { bucketPrefix: "portal-assets-" });
  }
}
