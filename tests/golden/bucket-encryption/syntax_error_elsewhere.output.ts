// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';

export class Reports extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const reports = new S3Bucket(this, 'reports', { bucket: 'reports' });
    new S3BucketServerSideEncryptionConfigurationA(this, 'reports-encryption', {
      bucket: reports.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: 'AES256',
          },
        },
      ],
    });
  }

  summary() {
    return { total: 1, ;
  }
}
