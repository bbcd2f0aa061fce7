import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

interface TeamTags {
  Team: string;
  CostCenter: string;
}

interface QueueTags {
  Queue: string;
}

interface Props {
  teamTags?: TeamTags;
  queueTags: QueueTags;
  fifo: boolean;
}

export class Storage extends Construct {
  constructor(scope: Construct, id: string, props: Props) {
    super(scope, id);
    new S3Bucket(this, "data", { bucketPrefix: "data-", tags: props.teamTags ?? {} });
    new SqsQueue(this, "queue", { tags: props.fifo ? props.queueTags : undefined });
  }
}
