// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Reports extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const reports = new S3Bucket(this, 'reports', { bucket: 'reports' });
  }

  summary() {
    return { total: 1, ;
  }
}
