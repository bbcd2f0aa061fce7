import { Construct } from 'constructs';
import * as crypto from 'crypto';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Ingest extends Construct {
  constructor(scope: Construct, id: string, stage: string) {
    super(scope, id);

    const token = crypto.randomBytes(4).toString('hex');

    new S3Bucket(this, 'inbox', {
      bucket: `ingest-inbox-${stage}-${token}`,
    });

    new S3Bucket(this, 'outbox', {
      bucket: `ingest-outbox-${stage}-${token}`,
    });
  }
}
