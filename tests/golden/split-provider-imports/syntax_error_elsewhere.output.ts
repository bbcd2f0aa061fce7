import { Construct } from "constructs";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";

export function tables(scope: Construct) {
  new DynamodbTable(scope, "locks", { name: "locks", hashKey: "LockID" });
  const broken = {
}
