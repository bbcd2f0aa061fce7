// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';

export class Uploads extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const uploads = new S3Bucket(this, 'uploads', {
      bucket: 'user-uploads',
    });
    new S3BucketPublicAccessBlock(this, 'uploads-public-access-block', {
      bucket: uploads.id,
      blockPublicPolicy: true,
    });
  }

  limits() {
    return { maxSize: 10, ;
  }
}
