import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';

export class Warehouse extends Construct {
  public readonly raw: S3Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Landing zone for raw files
    this.raw = new S3Bucket(this, 'raw-zone', {
      bucket: 'warehouse-raw',
    }); // raw data
    new S3BucketServerSideEncryptionConfigurationA(this, 'raw-zone-encryption', {
      bucket: this.raw.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: 'AES256',
          },
        },
      ],
    });

    const curated = new S3Bucket(this, 'curated-zone', {
      bucket: 'warehouse-curated',
      tags: { Layer: 'curated' },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'curated-zone-encryption', {
      bucket: curated.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: 'AES256',
          },
        },
      ],
    });

    new S3BucketVersioningA(this, 'curated-versioning', {
      bucket: curated.id,
      versioningConfiguration: { status: 'Enabled' },
    });
  }
}
