import { Construct } from 'constructs';
import {
  LbTargetGroup,
  LbTargetGroupHealthCheck,
  LbTargetGroupStickiness,
} from '@cdktf/provider-aws/lib/lb-target-group';

const deepCheck: LbTargetGroupHealthCheck = { path: '/ready', matcher: '200' };

export class Pool extends Construct {
  constructor(scope: Construct, id: string, vpcId: string) {
    super(scope, id);

    new LbTargetGroup(this, 'api-pool', {
      port: 8080,
      protocol: 'HTTP',
      vpcId,
      healthCheck: new LbTargetGroupHealthCheck({
        path: '/health', // cheap probe
        interval: 15,
      }),
      stickiness: new LbTargetGroupStickiness({ type: 'lb_cookie', cookieDuration: 600 }),
    });

    new LbTargetGroup(this, 'deep-pool', { port: 9090, protocol: 'HTTP', vpcId, healthCheck: deepCheck });
  }
}
