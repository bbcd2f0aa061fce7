import { Fn, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as aws from '@cdktf/provider-aws';

export class StorageStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const bucket = new aws.s3Bucket.S3Bucket(this, 'assets', { bucketPrefix: 'assets-' });
    const queue: aws.sqsQueue.SqsQueue = new aws.sqsQueue.SqsQueue(this, 'jobs', {});
    const role = new aws.iamRole.IamRole(this, 'worker', { assumeRolePolicy: '{}' });

    new TerraformOutput(this, 'bucket-arn', { value: bucket.bucketArn });
    new TerraformOutput(this, 'queue-url', {
      /* the jobs queue */ value: queue.queueUrl,
    });
    new TerraformOutput(this, 'worker', {
      value: Fn.join(',', [role.roleArn, role.name]),
    });
  }
}
