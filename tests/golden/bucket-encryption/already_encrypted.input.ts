import { Construct } from 'constructs';
import * as aws from '@cdktf/provider-aws';
import { S3Bucket, S3BucketConfig } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';

export class Vault extends Construct {
  public readonly secrets: S3Bucket;

  constructor(scope: Construct, id: string, base: S3BucketConfig) {
    super(scope, id);

    this.secrets = new S3Bucket(this, 'secrets', { bucket: 'vault-secrets' });

    const legacy = new S3Bucket(this, 'legacy', {
      bucket: 'vault-legacy',
      serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      },
    });

    const keys = new aws.s3Bucket.S3Bucket(this, 'keys', { bucket: 'vault-keys' });

    new S3Bucket(this, 'inherited', { ...base, bucket: 'vault-inherited' });

    new aws.s3BucketServerSideEncryptionConfiguration.S3BucketServerSideEncryptionConfigurationA(this, 'keys-sse', {
      bucket: keys.bucket,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'secrets-sse', {
      bucket: this.secrets.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
    legacy.addOverride('acl', 'private');
  }
}
