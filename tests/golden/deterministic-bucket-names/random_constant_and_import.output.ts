import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Ingest extends Construct {
  constructor(scope: Construct, id: string, stage: string) {
    super(scope, id);

    // A fixed suffix keeps the bucket name the same on every synth
    const uniqueSuffix = '0001';
    new S3Bucket(this, 'inbox', {
      bucket: `ingest-inbox-${stage}-${uniqueSuffix}`,
      forceDestroy: true,
    });

    new S3Bucket(this, 'outbox', {
      bucket: `ingest-outbox-${stage}-${uniqueSuffix}`,
      forceDestroy: true,
    });
  }
}
