import { Construct } from "constructs";

class Base extends Construct {
  public readonly name: string = "base";
}

export class Child extends Base {
  rename(): void {
    (this as { name: string }).name = "child";
  }
}
