// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Exports extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, 'exports', {
      bucket: 'exports-' + Date.now(),
    });
  }

  private broken(): void {
    const items = [1, 2,
  }
}
