import { Construct } from 'constructs';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SecurityGroupRule } from '@cdktf/provider-aws/lib/security-group-rule';

export class WorkerNetwork extends Construct {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);

    const workers = new SecurityGroup(this, 'workers', { name: 'workers', vpcId });

    new SecurityGroupRule(this, 'workers-metrics-in', {
      type: 'ingress',
      fromPort: 9100,
      toPort: 9100,
      protocol: 'tcp',
      cidrBlocks: ['10.20.0.0/16'],
      securityGroupId: workers.id,
    });

    new SecurityGroupRule(this, 'workers-out', {
      type: 'egress',
      fromPort: 0,
      toPort: 65535,
      protocol: '-1',
      cidrBlocks: ['0.0.0.0/0'],
      securityGroupId: workers.id,
    });
  }
}
