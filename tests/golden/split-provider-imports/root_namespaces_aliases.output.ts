import { Construct } from "constructs";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";

export function network(scope: Construct): Vpc {
  const main = new Vpc(scope, "main", { cidrBlock: "10.1.0.0/16" });
  new Subnet(scope, "a", { vpcId: main.id, cidrBlock: "10.1.1.0/24" });
  new SecurityGroup(scope, "web", { vpcId: main.id });
  return main;
}
