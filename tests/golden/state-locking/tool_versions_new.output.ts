import { Construct } from 'constructs';
import { S3Backend, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';

interface OrdersStackProps {
  environmentSuffix: string;
  stateBucket: string;
}

export class OrdersStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: OrdersStackProps) {
    super(scope, id);

    new AwsProvider(this, 'aws', { region: 'eu-central-1' });

    // Remote state, one key per environment
    new S3Backend(this, {
      bucket: props.stateBucket,
      key: `orders/${props.environmentSuffix}.tfstate`,
      region: 'eu-central-1', // same region as the provider
      encrypt: true,
    }); // backend
    this.addOverride('terraform.backend.s3.use_lockfile', true);

    // Orders table follows
  }
}
