import { Construct } from "constructs"
import * as cdktf from "cdktf"

export class ReportsStack extends cdktf.TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id)

    new cdktf.S3Backend(this, {
      bucket: "reports-state",
      key: "reports/terraform.tfstate",
      region: "us-west-2",
    })
    this.addOverride("terraform.backend.s3.use_lockfile", true)
  }
}
