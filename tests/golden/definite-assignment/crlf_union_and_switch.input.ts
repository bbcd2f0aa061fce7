import { Construct } from "constructs";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

export class Queues extends Construct {
  public readonly queue: SqsQueue | SqsQueue[];

  constructor(scope: Construct, id: string, kind: string) {
    super(scope, id);
    switch (kind) {
      case "fifo":
        this.queue = new SqsQueue(this, "fifo", { fifoQueue: true });
        break;
      default:
        this.queue = [];
    }
  }
}
