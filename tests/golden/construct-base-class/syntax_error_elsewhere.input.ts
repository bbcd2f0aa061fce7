// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { TerraformModule } from "cdktf";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

export class AlertsModule extends TerraformModule {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SnsTopic(this, "alerts", { name: "alerts" );
  }
}
