// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Uploads extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const uploads = new S3Bucket(this, 'uploads', {
      bucket: 'user-uploads',
      publicAccessBlock: { blockPublicPolicy: true },
    });
  }

  limits() {
    return { maxSize: 10, ;
  }
}
