import { Construct } from "constructs";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";

class DatabaseModule extends Construct {
  constructor(scope: Construct, id: string, props: { password: string }) {
    super(scope, id);
    new DbInstance(this, "db", { instanceClass: "db.t3.micro", username: "app", password: props.password });
  }
}

export function build(scope: Construct, managed: boolean, generated: string) {
  new SecretsmanagerSecretVersion(scope, "credentials", {
    secretId: "app-credentials",
    secretString: JSON.stringify({ username: "app", password: "not-a-db-property" }),
  });
  new DatabaseModule(scope, "module", { password: "module-password" });
  new RdsCluster(scope, "maybe-managed", {
    engine: "aurora-mysql",
    masterUsername: "app",
    masterPassword: "set-when-unmanaged",
    manageMasterUserPassword: managed,
  });
  new DbInstance(scope, "restored", {
    instanceClass: "db.t3.micro",
    snapshotIdentifier: "nightly",
    username: "app",
    password: "from-the-snapshot",
  });
  new DbInstance(scope, "random", { instanceClass: "db.t3.micro", username: "app", password: generated });
}
