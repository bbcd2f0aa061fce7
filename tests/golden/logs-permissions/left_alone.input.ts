import { Construct } from "constructs";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";

const streamActions = ["logs:CreateLogStream", "logs:PutLogEvents"];

export function others(scope: Construct, groupArn: string) {
  new IamPolicy(scope, "mixed", {
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: ["logs:PutLogEvents", "s3:PutObject"], Resource: "arn:aws:logs:*:*:*" },
        { Effect: "Deny", Action: "logs:DeleteLogGroup", Resource: "arn:aws:logs:*:*:*" },
        { Effect: "Allow", Action: "logs:PutLogEvents", Resource: "arn:aws:logs:eu-west-1:111122223333:log-group:/app:*" },
        { Effect: "Allow", Action: "logs:PutLogEvents", Resource: ["arn:aws:logs:*:*:*", groupArn] },
        { Effect: "Allow", Action: streamActions, Resource: "arn:aws:logs:*:*:*" },
        {
          Effect: "Allow",
          Action: [
            "logs:CreateLogStream", // the agent creates one per host
            "logs:PutLogEvents",
          ],
          Resource: "arn:aws:logs:*:*:*",
        },
      ],
    }),
  });
  new IamPolicy(scope, "escaped", {
    policy: "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"logs:*\",\"Resource\":\"arn:aws:logs:*:*:*\"}]}",
  });
}
