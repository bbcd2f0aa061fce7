import { Construct } from "constructs";
import { subnet, rds, secretsmanager } from "@cdktf/provider-aws";

export class Data extends Construct {
  constructor(scope: Construct, id: string, subnetIds: string[]) {
    super(scope, id);
    const secret = new secretsmanager.Secret(this, "secret", { name: "db" });
    new rds.ClusterInstance(this, "writer", { clusterIdentifier: "main", instanceClass: "db.r6g.large", engine: "aurora-mysql" });
    subnetIds.forEach((subnet, i) => {
      new rds.RdsInstance(this, `db-${i}`, { instanceClass: "db.t3.micro", dbSubnetGroupName: subnet });
    });
    new subnet.Subnet(this, "extra", { vpcId: "vpc-1", cidrBlock: secret.arn });
  }
}
