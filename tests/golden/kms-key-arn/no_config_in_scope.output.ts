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
    });

    new CloudwatchLogGroup(this, "access", { name: "/shared/access", retentionInDays: 7 });
  }
}
