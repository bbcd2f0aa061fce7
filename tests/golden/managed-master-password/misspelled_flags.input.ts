import { Construct } from "constructs";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";
import { RedshiftCluster } from "@cdktf/provider-aws/lib/redshift-cluster";

export class Databases extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new DbInstance(this, "orders-db", {
      engine: "postgres",
      instanceClass: "db.t3.small",
      allocatedStorage: 20,
      username: "orders",
      manageUserPassword: true, // stored in Secrets Manager
      userPasswordSecretKmsKeyId: "alias/orders",
    });

    new RdsCluster(this, "reports", {
      engine: "aurora-postgresql",
      masterUsername: "reports",
      manageMainUserPassword: true,
    });

    new RedshiftCluster(this, "warehouse", {
      clusterIdentifier: "warehouse",
      nodeType: "ra3.xlplus",
      masterUsername: "warehouse",
      managePassword: true,
    });
  }
}
