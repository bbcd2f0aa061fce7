import { Construct } from 'constructs';
import { Lb } from '@cdktf/provider-aws/lib/lb';

class LbAccessLogs {
  constructor(public readonly scope: Construct, public readonly id: string, public readonly settings: { bucket: string }) {}
}

export class Homemade extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const lb = new Lb(this, 'homemade-lb', { name: 'homemade' });
    new LbAccessLogs(this, 'homemade-logs', { bucket: lb.name });
  }
}
