import { Construct } from "constructs";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class Alarms extends Construct {
  public readonly topic: SnsTopic;

  constructor(scope: Construct, id: string, email: string) {
    super(scope, id);
    // one topic for every alarm
    this.topic = new SnsTopic(this, "alarms", { name: "alarms" });
    new SnsTopicSubscription(this, "mail", { topicArn: this.topic.arn, protocol: "email", endpoint: email });
  }
}
