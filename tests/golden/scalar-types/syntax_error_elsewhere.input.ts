// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";

export function targets(scope: Construct) {
  new LbTargetGroup(scope, "web", { port: "8080", deregistrationDelay: 15 });
}

const unfinished = { port: 80,
