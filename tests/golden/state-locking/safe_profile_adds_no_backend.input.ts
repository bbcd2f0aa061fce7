import { Construct } from 'constructs';
import { TerraformStack, TerraformOutput } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';

interface PaymentsStackProps {
  environmentSuffix?: string;
  stateBucket?: string;
  stateBucketRegion?: string;
  awsRegion?: string;
}

export class PaymentsStack extends TerraformStack {
  constructor(scope: Construct, id: string, props?: PaymentsStackProps) {
    super(scope, id);

    const environmentSuffix = props?.environmentSuffix || 'dev';
    const awsRegion = props?.awsRegion || 'us-east-1';
    const stateBucketRegion = props?.stateBucketRegion || 'us-east-1';
    const stateBucket = props?.stateBucket || 'payments-tf-states';

    new AwsProvider(this, 'aws', { region: awsRegion });

    new TerraformOutput(this, 'suffix', { value: environmentSuffix });
  }
}
