import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';

interface AlarmDimensions { InstanceId: string; [key: string]: string; }
interface Labels { team: string, stage: string; [key: string]: string; }

export class AlarmStack extends TerraformStack {
  constructor(scope: Construct, id: string, instanceId: string) {
    super(scope, id);
    const dimensions: AlarmDimensions = { InstanceId: instanceId };
    const labels: Labels = { team: 'ops', stage: 'prod' };
    new CloudwatchMetricAlarm(this, 'cpu', {
      alarmName: 'cpu',
      comparisonOperator: 'GreaterThanThreshold',
      evaluationPeriods: 1,
      dimensions,
      tags: labels,
    });
  }
}
