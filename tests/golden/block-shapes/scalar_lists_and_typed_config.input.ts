import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { SecurityGroup, SecurityGroupConfig } from "@cdktf/provider-aws/lib/security-group";

export class SgStack extends TerraformStack {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);

    const web: SecurityGroupConfig = {
      vpcId,
      ingress: { fromPort: 443, toPort: 443, protocol: "tcp", cidrBlocks: "0.0.0.0/0" },
      egress: [{ fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] }],
    };
    new SecurityGroup(this, "web", web);
  }
}
