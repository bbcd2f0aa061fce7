import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class FineStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const east = new AwsProvider(this, "east", { region: "us-east-1", alias: "east" });
    const topic = new SnsTopic(this, "t", { name: "t", kmsMasterKeyId: "alias/aws/sns", provider: east });
    new Eip(this, "ip", {
      domain: "vpc",
      dependsOn: [topic],
      lifecycle: { createBeforeDestroy: true },
      count: 1,
    });
  }
}
