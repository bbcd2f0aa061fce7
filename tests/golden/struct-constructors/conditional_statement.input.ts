// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { Lb, LbAccessLogs } from '@cdktf/provider-aws/lib/lb';

export class Optional extends Construct {
  constructor(scope: Construct, id: string, logBucket?: string) {
    super(scope, id);
    const lb = new Lb(this, 'optional-lb', { name: 'optional' });
    if (logBucket) {
      new LbAccessLogs(this, 'optional-lb-logs', { loadBalancerArn: lb.arn, bucket: logBucket });
    }
  }
}
