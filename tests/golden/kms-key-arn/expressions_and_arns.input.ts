import { Construct } from "constructs";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

interface LedgerProps {
  kmsKeyArn: string;
  region: string;
  account: string;
}

export class Ledger extends Construct {
  constructor(scope: Construct, id: string, props: LedgerProps) {
    super(scope, id);
    const key = new KmsKey(this, "key", { enableKeyRotation: true });

    new DbInstance(this, "primary", { instanceClass: "db.t3.small", kmsKeyId: key.arn });
    new DbInstance(this, "replica", { instanceClass: "db.t3.small", kmsKeyId: props.kmsKeyArn });
    new EbsVolume(this, "disk", {
      availabilityZone: "eu-west-1a",
      kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8",
    });
    new EbsVolume(this, "disk-alias-arn", {
      availabilityZone: "eu-west-1b",
      kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:alias/ledger",
    });
    new CloudwatchLogGroup(this, "logs", {
      name: "/ledger",
      kmsKeyId: `arn:aws:kms:${props.region}:${props.account}:alias/ledger-logs`,
    });
    new CloudwatchLogGroup(this, "unencrypted", { name: "/ledger/debug", kmsKeyId: "" });

    let mutableKey = "alias/aws/rds";
    mutableKey = key.arn;
    new DbInstance(this, "archive", { instanceClass: "db.t3.small", kmsKeyId: mutableKey });
  }
}
