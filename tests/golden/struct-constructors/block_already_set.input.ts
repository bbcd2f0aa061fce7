import { Construct } from 'constructs';
import { Lb, LbAccessLogs } from '@cdktf/provider-aws/lib/lb';

const archive: LbAccessLogs = { bucket: 'lb-archive', enabled: true };

export class Logged extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Lb(this, 'logged-lb', { name: 'logged', accessLogs: archive });
  }
}
