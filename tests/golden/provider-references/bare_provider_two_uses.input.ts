import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';

export class ReplicaStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new AwsProvider(this, 'aws', { region: 'us-east-1' });

    // second region for the replicas
    new AwsProvider(this, 'aws-replica', {
      alias: 'eu-west-1',
      region: 'eu-west-1',
    });

    new S3Bucket(this, 'replica', {
      bucketPrefix: 'replica-',
      provider: 'aws.eu-west-1',
    });
    new DataAwsRegion(this, 'replica-region', { provider: 'eu-west-1' });
  }
}
