import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Scratch extends Construct {
  // no statement can hold a suffix for a class field
  readonly cache = new S3Bucket(this, 'cache', {
    bucket: `scratch-cache-${Date.now()}`,
    forceDestroy: true,
  });

  constructor(scope: Construct, id: string) {
    super(scope, id);

    new S3Bucket(this, 'temp', { bucket: Fn.uuid(), forceDestroy: true });
  }
}
