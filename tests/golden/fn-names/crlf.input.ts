import { Construct } from "constructs";
import { Fn, TerraformStack, TerraformVariable } from "cdktf";
import { IamPolicy } from "@cdktf/provider-aws/lib/iam-policy";

// Reads a policy document from a variable
export class PolicyStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const document = new TerraformVariable(this, "document", { type: "string" });
    new IamPolicy(this, "reader", {
      name: "reader",
      /* normalise the JSON */ policy: Fn.jsonEncode(Fn.jsonDecode(document.stringValue)), // round trip
    });
  }
}
