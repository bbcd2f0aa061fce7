// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { Lb } from '@cdktf/provider-aws/lib/lb';

export class Gateway extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const gateway = new Lb(this, 'gateway', { name: 'gateway', accessLogs: { bucket: 'gateway-logs' } });
  }

  ports() {
    return [80, 443, ;
  }
}
