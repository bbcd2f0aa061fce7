import { Construct } from 'constructs';
import { Instance } from './compute/instance';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import * as ec2 from '@cdktf/provider-aws/lib/instance';

export class Others extends Construct {
  constructor(scope: Construct, id: string, base: ec2.InstanceConfig) {
    super(scope, id);

    new Instance(this, 'wrapper', { size: 'small' });

    new ec2.Instance(this, 'from-base', { ...base, instanceType: 't3.micro' });

    new ec2.Instance(this, 'passed', base);

    new DbInstance(this, 'db', { instanceClass: 'db.t3.micro', engine: 'postgres' });
  }
}
