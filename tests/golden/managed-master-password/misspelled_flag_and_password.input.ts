import { Construct } from "constructs";
import { DbInstance as Database } from "@cdktf/provider-aws/lib/db-instance";

export class Billing extends Construct {
  constructor(scope: Construct, id: string, secretValue: string) {
    super(scope, id);
    new Database(this, "billing", {
      engine: "postgres",
      instanceClass: "db.t3.micro",
      username: "billing",
      password: secretValue,
      managePassword: true,
      skipFinalSnapshot: true,
    });
  }
}
