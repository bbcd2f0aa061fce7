import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class Tenants extends Construct {
  constructor(scope: Construct, id: string, tenants: string[]) {
    super(scope, id);

    tenants.forEach((tenant, index) => {
      const tenantBucket = new S3Bucket(this, `tenant-${index}`, {
        bucket: `tenant-${tenant}`,
      });
      tenantBucket.addOverride('lifecycle.prevent_destroy', true);
    });

    for (const name of ['exports', 'imports']) {
      new S3Bucket(this, name, { bucket: `tenant-${name}` });
    }

    // an expression body has no room for a second statement
    tenants.map((tenant) => new S3Bucket(this, `spare-${tenant}`, { bucket: `spare-${tenant}` }));
  }
}
