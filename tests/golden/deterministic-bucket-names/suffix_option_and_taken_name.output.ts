import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Media extends Construct {
  constructor(scope: Construct, id: string, region: string) {
    super(scope, id);

    let uniqueSuffix = region.replace(/-/g, '');
    uniqueSuffix = uniqueSuffix.toUpperCase();

    // A fixed suffix keeps the bucket name the same on every synth
    const uniqueSuffix2 = 'ci01';
    new S3Bucket(this, 'media', {
      bucket: `media-${uniqueSuffix}-${uniqueSuffix2}`,
      forceDestroy: true,
    });
  }
}
