import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

const uniqueSuffix = '0042';

export class Site extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new S3Bucket(this, 'site', {
      // the public site
      bucket: `corp-site-${Fn.uuid()}`, /* must be globally unique */
      website: { indexDocument: 'index.html' },
    });
  }
}
