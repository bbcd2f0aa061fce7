import { Construct } from "constructs";
import { Asset, AssetType, TerraformStack } from "cdktf";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";

export class Api extends TerraformStack {
  constructor(scope: Construct, id: string, roleArn: string) {
    super(scope, id);
    const code: Asset = new Asset(this, "code", { path: "lambda", type: AssetType.ARCHIVE });
    new LambdaFunction(this, "fn", {
      functionName: "api",
      role: roleArn,
      handler: "index.handler",
      runtime: "nodejs20.x",
      filename: code.path,
    });
  }
}
