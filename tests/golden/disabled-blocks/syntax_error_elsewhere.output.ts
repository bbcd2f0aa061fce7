// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { Lb } from "@cdktf/provider-aws/lib/lb";

export function web(scope: Construct) {
  new Lb(scope, "web", {});
  const broken = (
}
