import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { Firewall } from "./firewall";

export class AppStack extends TerraformStack {
  constructor(scope: Construct, id: string, groupId: string) {
    super(scope, id);
    new Firewall(this, "app", { groupId, rules: [{ fromPort: 8080, toPort: 8080, protocol: "tcp", type: "", securityGroupId: "" }] });
  }
}
