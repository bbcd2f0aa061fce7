import { Construct } from "constructs";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { RdsClusterInstance } from "@cdktf/provider-aws/lib/rds-cluster-instance";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

export class Data extends Construct {
  constructor(scope: Construct, id: string, subnetIds: string[]) {
    super(scope, id);
    const secret = new SecretsmanagerSecret(this, "secret", { name: "db" });
    new RdsClusterInstance(this, "writer", { clusterIdentifier: "main", instanceClass: "db.r6g.large", engine: "aurora-mysql" });
    subnetIds.forEach((subnet, i) => {
      new DbInstance(this, `db-${i}`, { instanceClass: "db.t3.micro", dbSubnetGroupName: subnet });
    });
    new Subnet(this, "extra", { vpcId: "vpc-1", cidrBlock: secret.arn });
  }
}
