// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class AlertsModule extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SnsTopic(this, "alerts", { name: "alerts" );
  }
}
