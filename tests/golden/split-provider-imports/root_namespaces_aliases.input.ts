import { Construct } from "constructs";
import { vpc, subnet as sn, securityGroup } from "@cdktf/provider-aws";

export function network(scope: Construct): vpc.Vpc {
  const main = new vpc.Vpc(scope, "main", { cidrBlock: "10.1.0.0/16" });
  new sn.Subnet(scope, "a", { vpcId: main.id, cidrBlock: "10.1.1.0/24" });
  new securityGroup.SecurityGroup(scope, "web", { vpcId: main.id });
  return main;
}
