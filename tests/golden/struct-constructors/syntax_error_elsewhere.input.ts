// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { Lb, LbAccessLogs } from '@cdktf/provider-aws/lib/lb';

export class Gateway extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const gateway = new Lb(this, 'gateway', { name: 'gateway' });
    new LbAccessLogs(this, 'gateway-logs', { loadBalancerArn: gateway.arn, bucket: 'gateway-logs' });
  }

  ports() {
    return [80, 443, ;
  }
}
