import { Construct } from 'constructs'
import * as aws from '@cdktf/provider-aws'

export interface QueueProps {
  readonly bucketConfig: aws.s3Bucket.S3BucketConfig
}

export class Storage extends Construct {
  public readonly bucket: aws.s3Bucket.S3Bucket

  constructor(scope: Construct, id: string, props: QueueProps) {
    super(scope, id)
    this.bucket = new aws.s3Bucket.S3Bucket(this, 'bucket', props.bucketConfig)
    new aws.sqsQueue.SqsQueue(this, 'queue', { name: 'jobs' })
  }
}
