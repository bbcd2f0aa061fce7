import { Construct } from "constructs";
import { App, S3Backend as StateBackend, TerraformStack } from "cdktf";

class BillingStack extends TerraformStack {
  constructor(scope: Construct, id: string, bucketName: string) {
    super(scope, id);
    const backend = new StateBackend(this, {
      bucket: bucketName,
      key: `billing/${id}.tfstate`,
      region: "ap-southeast-2",
    });
    this.addOverride("terraform.backend.s3.use_lockfile", true);
    void backend;
  }
}

const app = new App();
new BillingStack(app, "billing", "billing-state");
app.synth();
