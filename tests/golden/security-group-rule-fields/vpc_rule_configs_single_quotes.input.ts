import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import {
  VpcSecurityGroupIngressRule,
  VpcSecurityGroupIngressRuleConfig,
} from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';

export interface DbAccessProps {
  allowed: VpcSecurityGroupIngressRuleConfig[];
}

export class DbAccess extends Construct {
  constructor(scope: Construct, id: string, props: DbAccessProps) {
    super(scope, id);
    const sg = new SecurityGroup(this, 'sg', {});
    props.allowed.forEach((rule, i) =>
      new VpcSecurityGroupIngressRule(this, `allow-${i}`, { ...rule, securityGroupId: sg.id }));
  }
}

export class DbStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new DbAccess(this, 'db', { allowed: [{ ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, cidrIpv4: '10.0.0.0/16' }] });
  }
}
