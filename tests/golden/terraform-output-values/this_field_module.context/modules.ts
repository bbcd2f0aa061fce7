import { Construct } from "constructs";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export class NetworkModule extends Construct {
  public readonly vpcId: string;

  constructor(scope: Construct, id: string, public readonly region: string) {
    super(scope, id);
    this.vpcId = new Vpc(this, "vpc", { cidrBlock: "10.1.0.0/16" }).id;
  }
}

export class DatabaseModule extends Construct {
  public readonly dbInstance: DbInstance;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.dbInstance = new DbInstance(this, "db", {
      engine: "postgres",
      instanceClass: "db.t3.micro",
      allocatedStorage: 20,
      manageMasterUserPassword: true,
      username: "app",
    });
  }

  get endpointAddress(): string {
    return this.dbInstance.address;
  }
}
