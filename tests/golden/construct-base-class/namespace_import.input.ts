import * as cdktf from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';

export class LoggingModule extends cdktf.TerraformModule {
  constructor(scope: cdktf.TerraformStack, id: string, retentionInDays: number) {
    super(scope, id);
    new CloudwatchLogGroup(this, 'app', { name: '/app/web', retentionInDays });
  }
}
