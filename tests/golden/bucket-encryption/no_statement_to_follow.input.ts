import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export function scratchBucket(scope: Construct, name: string): S3Bucket {
  return new S3Bucket(scope, name, { bucket: name });
}

export class Caches extends Construct {
  readonly cache = new S3Bucket(this, 'cache', { bucket: 'caches' });

  constructor(scope: Construct, id: string, names: string[]) {
    super(scope, id);
    const all = names.map((n) => new S3Bucket(this, n, { bucket: n }));
    this.node.addMetadata('count', all.length);
  }
}
