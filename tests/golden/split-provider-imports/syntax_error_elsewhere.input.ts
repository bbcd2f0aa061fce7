import { Construct } from "constructs";
import { DynamodbTable } from "@cdktf/provider-aws";

export function tables(scope: Construct) {
  new DynamodbTable(scope, "locks", { name: "locks", hashKey: "LockID" });
  const broken = {
}
