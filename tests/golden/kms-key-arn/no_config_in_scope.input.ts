import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { EfsFileSystem } from "@cdktf/provider-aws/lib/efs-file-system";

export class SharedFilesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new EfsFileSystem(this, "shared", {
      creationToken: "shared-files",
      encrypted: true,
      // the account's own key
      kmsKeyId: "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8",
    });

    new CloudwatchLogGroup(this, "access", { name: "/shared/access", kmsKeyId: "alias/aws/logs", retentionInDays: 7 });
  }
}
