import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import {
  S3BucketServerSideEncryptionConfigurationA as Sse, // aliased on purpose
} from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';

export class Docs extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const drafts = new S3Bucket(this, 'drafts', { bucket: 'docs-drafts' });
    new Sse(this, 'drafts-sse', {
      bucket: drafts.bucket,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } }],
    });

    const published = new S3Bucket(this, 'published', {
      bucket: 'docs-published',
      /* served by CloudFront */
    });
  }
}
