import { Construct } from "constructs";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";

export function workerPolicy(scope: Construct, roleId: string, queueArn: string) {
  return new IamRolePolicy(scope, "worker-policy", {
    role: roleId,
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "WriteLogs",
          Action: [
            "logs:CreateLogGroup",
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            "logs:DescribeLogGroups",
            "logs:DescribeLogStreams"
          ],
          Resource: "*",
          Effect: "Allow"
        },
        {
          Effect: "Allow",
          Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage"],
          Resource: queueArn
        }
      ]
    })
  });
}
