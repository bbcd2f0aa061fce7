import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { Eip, EipConfig } from "@cdktf/provider-aws/lib/eip";

interface TopicSettings {
  kmsKeyId: string;
  filters: string[];
}

class Topic extends Construct {
  constructor(scope: Construct, id: string, settings: TopicSettings) {
    super(scope, id);
    new Eip(this, "ip", { vpc: true } as EipConfig);
    new Eip(this, "ip2", { domain: settings.kmsKeyId });
  }
}

export class OwnStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Topic(this, "topic", { kmsKeyId: "k", filters: [] });
  }
}
