import { Construct } from "constructs";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { AwsProvider, Subnet, VpcConfig } from "@cdktf/provider-aws";

export function net(scope: Construct, config: VpcConfig) {
  new AwsProvider(scope, "aws", {});
  const v = new Vpc(scope, "v", config);
  new Subnet(scope, "s", { vpcId: v.id });
}
