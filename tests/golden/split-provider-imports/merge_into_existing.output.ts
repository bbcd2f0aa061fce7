import { Construct } from "constructs";
import { Vpc, VpcConfig } from "@cdktf/provider-aws/lib/vpc";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";

export function net(scope: Construct, config: VpcConfig) {
  new AwsProvider(scope, "aws", {});
  const v = new Vpc(scope, "v", config);
  new Subnet(scope, "s", { vpcId: v.id });
}
