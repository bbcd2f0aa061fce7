import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Media extends Construct {
  constructor(scope: Construct, id: string, region: string) {
    super(scope, id);

    let uniqueSuffix = region.replace(/-/g, '');
    uniqueSuffix = uniqueSuffix.toUpperCase();

    new S3Bucket(this, 'media', {
      bucket: `media-${uniqueSuffix}-${new Date().toISOString().slice(0, 10)}`,
    });
  }
}
