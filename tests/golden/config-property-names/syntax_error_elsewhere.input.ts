// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { Eip } from "@cdktf/provider-aws/lib/eip";

export function address(scope: Construct) {
  new Eip(scope, "ip", { vpc: true });
}

export const oops = ;
