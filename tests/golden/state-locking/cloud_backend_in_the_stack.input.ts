import { Construct } from 'constructs';
import { CloudBackend, NamedCloudWorkspace, TerraformStack } from "cdktf";

export class PortalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new CloudBackend(this, { hostname: "app.terraform.io", organization: "acme", workspaces: new NamedCloudWorkspace("portal") });
  }
}
