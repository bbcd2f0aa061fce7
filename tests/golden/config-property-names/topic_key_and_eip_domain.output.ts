import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';

export class AlertsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const key = new KmsKey(this, 'key', { description: 'alerts', enableKeyRotation: true });

    new SnsTopic(this, 'alerts', {
      name: 'alerts',
      kmsMasterKeyId: key.arn, // encrypt at rest
    });

    new Eip(this, 'nat-ip', {
      domain: 'vpc',
      tags: { Name: 'nat' },
    });
  }
}
