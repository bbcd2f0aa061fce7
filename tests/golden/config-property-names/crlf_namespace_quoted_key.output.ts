import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";

export class CrlfStack extends TerraformStack {
  constructor(scope: Construct, id: string, keyArn: string) {
    super(scope, id);
    new aws.snsTopic.SnsTopic(this, "events", {
      "kmsMasterKeyId": keyArn,
    });
    new aws.eip.Eip(this, "ip", { domain: "vpc" });
  }
}
