import { Construct } from 'constructs';

interface BucketSettings {
  name: string;
  publicAccessBlock?: { blockPublicAcls: boolean };
}

class S3Bucket {
  constructor(public readonly scope: Construct, public readonly id: string, public readonly settings: BucketSettings) {}
}

export class Mock extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const fake = new S3Bucket(this, 'fake', { name: 'x', publicAccessBlock: { blockPublicAcls: true } });
    void fake;
  }
}
