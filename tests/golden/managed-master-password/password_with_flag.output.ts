import * as aws from "@cdktf/provider-aws";
import { Construct } from "constructs";

interface StoreProps {
  adminPassword: string;
}

export class Store extends Construct {
  constructor(scope: Construct, id: string, props: StoreProps) {
    super(scope, id);

    new aws.dbInstance.DbInstance(this, "store", {
      engine: "mysql",
      instanceClass: "db.t3.micro",
      username: "store",
      // credentials
      manageMasterUserPassword: true,
    });

    new aws.rdsCluster.RdsCluster(this, "ledger", { engine: "aurora-mysql", masterUsername: "ledger", manageMasterUserPassword: true });
  }
}
