import { Construct } from "constructs";
import * as sns from "@cdktf/provider-aws/lib/sns-topic";

export function alarms(scope: Construct, iam: { IamRole: string }) {
  const ec2 = { Instance: "t3.micro" };
  console.log(process.env.STAGE, Math.max(1, 2), JSON.stringify(iam.IamRole), ec2.Instance);
  return new sns.SnsTopic(scope, "alarms", {});
}
