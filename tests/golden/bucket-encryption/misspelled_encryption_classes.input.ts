// codemod-golden: no-typecheck
// The encryption classes below have names the pinned provider does not export (other
// transforms rename them); the buckets they name count as encrypted all the same.
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketServerSideEncryptionConfiguration, S3BucketEncryption } from '@cdktf/provider-aws';

export class Legacy extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const invoices = new S3Bucket(this, 'invoices', { bucket: 'legacy-invoices' });
    new S3BucketServerSideEncryptionConfiguration(this, 'invoices-sse', {
      bucket: invoices.bucket,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });

    const receipts = new S3Bucket(this, 'receipts', { bucket: 'legacy-receipts' });
    new S3BucketEncryption(this, 'receipts-sse', {
      bucket: receipts.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
  }
}
