import { Construct } from 'constructs';
import { S3Bucket, S3BucketConfig } from '@cdktf/provider-aws/lib/s3-bucket';

export class Fixed extends Construct {
  constructor(scope: Construct, id: string, shared: Partial<S3BucketConfig>, config: S3BucketConfig) {
    super(scope, id);

    const launched = new Date('2024-01-01').getFullYear();

    new S3Bucket(this, 'dated', {
      bucket: `fixed-dated-${launched}`,
      forceDestroy: true,
    });

    new S3Bucket(this, 'kept', { bucket: 'fixed-kept', forceDestroy: false });

    new S3Bucket(this, 'shared', { bucket: 'fixed-shared', ...shared });

    new S3Bucket(this, 'passed', config);
  }
}
