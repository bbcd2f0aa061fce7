import { Construct } from 'constructs';
import { S3Backend, TerraformStack } from 'cdktf';

export class MailStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new S3Backend(this, {
      bucket: 'mail-state',
      key: `mail/${id}.tfstate`,
      region: 'eu-west-1',
      dynamodbTable: 'mail-locks',
    });

    this.addOverride('terraform.backend.s3.use_lockfile', true); // native locking

    new MailQueue(this, 'queue');
  }
}
