// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { Eip } from "@cdktf/provider-aws/lib/eip";

export function address(scope: Construct) {
  new Eip(scope, "ip", { domain: "vpc" });
}

export const oops = ;
