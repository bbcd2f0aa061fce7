import { Construct } from "constructs";
import * as cdktf from "cdktf";
import { Asset } from "cdktf";

class TerraformAsset {}

export class Api extends cdktf.TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Asset(this, "code", { path: "lambda", type: cdktf.AssetType.ARCHIVE });
    new TerraformAsset();
  }
}
