import { Construct } from "constructs";
import { Fn, TerraformOutput, TerraformStack } from "cdktf";
import { DataAwsSecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

export class DatabaseStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const credentials = new DataAwsSecretsmanagerSecretVersion(this, "credentials", {
      secretId: "orders/db",
    });

    const db = new DbInstance(this, "orders", {
      engine: "postgres",
      instanceClass: "db.t3.micro",
      allocatedStorage: 20,
      username: Fn.jsonDecode(credentials.secretString).username,
      password: Fn.jsonDecode(credentials.secretString)["password"],
      skipFinalSnapshot: true,
    });

    new TerraformOutput(this, "endpoint", { value: Fn.Upper(db.endpoint) });
  }
}
