import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

interface ReportingStackProps {
  readonly clusterName: string;
  readonly masterUsername: string;
}

export class ReportingStack extends TerraformStack {
  constructor(scope: Construct, id: string, props?: ReportingStackProps) {
    super(scope, id);

    new aws.rdsCluster.RdsCluster(this, "reporting", {
      clusterIdentifier: props?.clusterName ?? "reporting",
      engine: "aurora-postgresql",
      masterUsername: props?.masterUsername ?? "reporter",
      manageMasterUserPassword: true,
      storageEncrypted: true,
      kmsKeyId: "alias/aws/rds", // encrypt with the RDS managed key
    });

    new aws.cloudwatchLogGroup.CloudwatchLogGroup(this, "reporting-logs", {
      name: "/reporting/cluster",
      retentionInDays: 14,
      kmsKeyId: "alias/aws/logs",
    });
  }
}
