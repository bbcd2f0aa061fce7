import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { DataAwsAmiIds } from "@cdktf/provider-aws/lib/data-aws-ami-ids";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { DataAwsSecretsmanagerRandomPassword } from "@cdktf/provider-aws/lib/data-aws-secretsmanager-random-password";

export class DataStack extends TerraformStack {
  constructor(scope: Construct, id: string, policyJson: string) {
    super(scope, id);
    new DataAwsAmiIds(this, "images", {
      owners: ["amazon"],
      filters: [{ name: "name", values: ["al2023-ami-*"] }],
    });
    new KmsKey(this, "db-key", { description: "db", keyPolicy: policyJson });
    new DbInstance(this, "db", {
      instanceClass: "db.t3.micro",
      engine: "postgres",
      username: "app",
      manageMainUserPassword: true,
    });
    new DataAwsSecretsmanagerRandomPassword(this, "password", { length: 32, excludePunctuation: true });
  }
}
