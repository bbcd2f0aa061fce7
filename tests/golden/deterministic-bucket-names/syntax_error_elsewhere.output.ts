// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Exports extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // A fixed suffix keeps the bucket name the same on every synth
    const uniqueSuffix = '0001';
    new S3Bucket(this, 'exports', {
      bucket: 'exports-' + uniqueSuffix,
      forceDestroy: true,
    });
  }

  private broken(): void {
    const items = [1, 2,
  }
}
