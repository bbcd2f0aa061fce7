import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

export class DbStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new DbInstance(this, "db", {
      instanceClass: "db.t3.micro",
      engine: "postgres",
      allocatedStorage: "20",
      backupRetentionPeriod: "7",
      multiAz: "false",
    });
  }
}
