// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";

export function provider(scope: Construct) {
  new AwsProvider(scope, "aws", { region: "us-west-2", defaultTags: { tags: { Team: "web" } } });
}

function broken( {
