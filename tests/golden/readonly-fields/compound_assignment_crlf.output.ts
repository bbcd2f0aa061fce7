import { Construct } from "constructs"

export class Counter extends Construct {
  private count: number = 0

  bump() {
    this.count += 1
  }
}
