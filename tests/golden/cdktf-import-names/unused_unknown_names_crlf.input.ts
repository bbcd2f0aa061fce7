import { Construct } from "constructs"
import { App, Junk, TerraformStack, CfnWhatever } from "cdktf"

export class Empty extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id)
  }
}

new Empty(new App(), "empty")
