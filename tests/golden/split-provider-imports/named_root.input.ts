import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider, Vpc, InternetGateway } from "@cdktf/provider-aws";

export class NetworkStack extends TerraformStack {
  constructor(scope: Construct, name: string) {
    super(scope, name);
    new AwsProvider(this, "aws", { region: "eu-west-1" });
    const network = new Vpc(this, "network", { cidrBlock: "10.20.0.0/16" });
    new InternetGateway(this, "gateway", { vpcId: network.id });
  }
}
