import { Construct } from 'constructs';
import * as aws from '@cdktf/provider-aws';

export function api(scope: Construct, subnets: string[]) {
  new aws.alb.Alb(scope, 'api', { name: 'api', subnets });
}
