import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';

export class Tenants extends Construct {
  constructor(scope: Construct, id: string, tenants: string[]) {
    super(scope, id);

    tenants.forEach((tenant, index) => {
      const tenantBucket = new S3Bucket(this, `tenant-${index}`, {
        bucket: `tenant-${tenant}`,
      });
      new S3BucketServerSideEncryptionConfigurationA(this, `tenant-${index}-encryption`, {
        bucket: tenantBucket.id,
        rule: [
          {
            applyServerSideEncryptionByDefault: {
              sseAlgorithm: 'AES256',
            },
          },
        ],
      });
      tenantBucket.addOverride('lifecycle.prevent_destroy', true);
    });

    for (const name of ['exports', 'imports']) {
      const bucket = new S3Bucket(this, name, { bucket: `tenant-${name}` });
      new S3BucketServerSideEncryptionConfigurationA(this, `${name}-encryption`, {
        bucket: bucket.id,
        rule: [
          {
            applyServerSideEncryptionByDefault: {
              sseAlgorithm: 'AES256',
            },
          },
        ],
      });
    }

    // an expression body has no room for a second statement
    tenants.map((tenant) => new S3Bucket(this, `spare-${tenant}`, { bucket: `spare-${tenant}` }));
  }
}
