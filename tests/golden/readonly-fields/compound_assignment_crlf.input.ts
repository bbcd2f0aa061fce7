import { Construct } from "constructs"

export class Counter extends Construct {
  private readonly count: number = 0

  bump() {
    this.count += 1
  }
}
