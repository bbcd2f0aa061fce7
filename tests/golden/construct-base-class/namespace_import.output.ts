import * as cdktf from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { Construct } from 'constructs';

export class LoggingModule extends Construct {
  constructor(scope: cdktf.TerraformStack, id: string, retentionInDays: number) {
    super(scope, id);
    new CloudwatchLogGroup(this, 'app', { name: '/app/web', retentionInDays });
  }
}
