import { Construct } from 'constructs';
import { S3Backend, TerraformStack } from 'cdktf';

export class QueueStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new S3Backend(this, {
      bucket: 'queue-state',
      key: `queue/${id}.tfstate`,
      region: 'us-east-2',
    });
    this.addOverride('terraform.backend.s3.use_lockfile', true);

    const retries = [1, 2, 3;
  }
}
