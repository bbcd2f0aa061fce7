import { Construct } from "constructs"
import { App, TerraformStack } from "cdktf"

export class Empty extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id)
  }
}

new Empty(new App(), "empty")
