import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';

const commonTags = { Project: 'billing', Owner: 'platform' };

export class BaseStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new AwsProvider(this, 'aws', {
      region: 'eu-west-1',
      defaultTags: [{
        tags: commonTags,
      }],
    });
  }
}
