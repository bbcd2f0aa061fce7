import { Construct } from "constructs";

export class TwoSidedVpc extends Construct {
  public readonly publicSubnetIds: string[] = [];
  public readonly privateSubnetIds: string[] = [];
}
