import { Construct } from "constructs";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";

export class CacheNetwork extends Construct {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);
    const cache = new SecurityGroup(this, "cache", { name: "cache", vpcId });

    new VpcSecurityGroupEgressRule(this, "cache-out", {
      securityGroupId: cache.id,
      ipProtocol: "-1",
      cidrIpv4: "0.0.0.0/0",
    });

    new VpcSecurityGroupIngressRule(this, "cache-self", { securityGroupId: cache.id, ipProtocol: "-1", referencedSecurityGroupId: cache.id });

    new VpcSecurityGroupIngressRule(this, "cache-redis", {
      securityGroupId: cache.id,
      ipProtocol: "tcp",
      fromPort: 6379,
      toPort: 6379,
      cidrIpv4: "10.0.0.0/16",
    });
  }
}
