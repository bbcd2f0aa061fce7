import { Construct } from 'constructs'
import { S3Bucket, S3BucketConfig } from '@cdktf/provider-aws/lib/s3-bucket'
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue'

export interface QueueProps {
  readonly bucketConfig: S3BucketConfig
}

export class Storage extends Construct {
  public readonly bucket: S3Bucket

  constructor(scope: Construct, id: string, props: QueueProps) {
    super(scope, id)
    this.bucket = new S3Bucket(this, 'bucket', props.bucketConfig)
    new SqsQueue(this, 'queue', { name: 'jobs' })
  }
}
