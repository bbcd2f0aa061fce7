import { Construct } from "constructs";
import * as vpcLib from "@cdktf/provider-aws/lib/vpc";

export function net(scope: Construct): vpcLib.Vpc {
  return new vpcLib.Vpc(scope, "v", { cidrBlock: "10.0.0.0/16" });
}
