import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { SecretsmanagerSecretRotation } from '@cdktf/provider-aws/lib/secretsmanager-secret-rotation';

export class Locked extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const reports = new S3Bucket(this, 'reports', { bucket: 'quarterly-reports' });
    new S3BucketPublicAccessBlock(this, 'reports-block', {
      bucket: reports.id,
      blockPublicAcls: true,
    });

    const apiKey = new SecretsmanagerSecret(this, 'api-key', { name: 'partner-api-key' });
    new SecretsmanagerSecretRotation(this, 'api-key-rotation', {
      secretId: apiKey.id,
      rotationRules: { automaticallyAfterDays: 7 },
    });
  }
}
