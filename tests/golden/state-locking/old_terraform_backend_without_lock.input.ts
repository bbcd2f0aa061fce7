import { Construct } from 'constructs';
import { S3Backend, TerraformStack } from 'cdktf';

export class CacheStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Backend(this, {
      bucket: 'cache-state',
      key: `cache/${id}.tfstate`,
      region: 'eu-west-1',
    });
  }
}
