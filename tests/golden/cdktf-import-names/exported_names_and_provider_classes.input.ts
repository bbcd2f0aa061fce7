import { Construct } from "constructs";
import { App, Fn, S3Bucket, TerraformStack, Token } from "cdktf";

export class Site extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, "site", { bucket: Token.asString(Fn.lower("SITE")) });
  }
}
new Site(new App(), "site");
