import { Construct } from "constructs";
import { TerraformOutput, TerraformStack, Token } from "cdktf";

class Fn {
  static jsonDecode(text: string): { name: string } {
    return JSON.parse(text);
  }
}

export class LocalHelperStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TerraformOutput(this, "name", { value: Token.asString(Fn.jsonDecode('{"name": "web"}').name) });
  }
}

export function decodeAll(Token: { asstring(value: unknown): string }, values: unknown[]): string[] {
  return values.map((value) => Token.asstring(value));
}
