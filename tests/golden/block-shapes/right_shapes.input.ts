import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider, AwsProviderDefaultTags } from "@cdktf/provider-aws/lib/provider";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";

export class FineStack extends TerraformStack {
  constructor(scope: Construct, id: string, tags: AwsProviderDefaultTags[], cidrs: string[]) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "us-east-1", defaultTags: tags });
    new AwsProvider(this, "aws-east", { region: "us-east-2", alias: "east", defaultTags: [{ tags: { Team: "a" } }] });
    new LbTargetGroup(this, "web", {
      port: 80,
      healthCheck: { path: "/" },
      targetFailover: [{ onDeregistration: "rebalance", onUnhealthy: "rebalance" }],
      tags: { Name: "web", Cidrs: cidrs.join(",") },
    });
  }
}
