import { Construct } from "constructs";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";

export class Alarms extends Construct {
  public readonly topic: sns.SnsTopic;

  constructor(scope: Construct, id: string, email: string) {
    super(scope, id);
    // one topic for every alarm
    this.topic = new sns.SnsTopic(this, "alarms", { name: "alarms" });
    new SnsTopicSubscription(this, "mail", { topicArn: this.topic.arn, protocol: "email", endpoint: email });
  }
}
