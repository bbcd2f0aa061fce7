import { Construct } from 'constructs';
import { TerraformStack, TerraformOutput } from 'cdktf';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';

export class AccountStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-central-1' });
    const me = new DataAwsCallerIdentity(this, 'me');
    new TerraformOutput(this, 'account', { value: me.accountId });
  }
}
