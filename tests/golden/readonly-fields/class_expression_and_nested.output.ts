import { Construct } from "constructs";

export const Holder = class extends Construct {
  public value: string;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.value = "a";
    const inner = class {
      readonly value: string = "inner";
    };
    this.reset(new inner().value);
  }
  reset(value: string) {
    this.value = value;
  }
};
