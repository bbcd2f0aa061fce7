import { Construct } from "constructs";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

export function inventory(scope: Construct) {
  new DbInstance(scope, "inventory", {
    engine: "mysql",
    username: "inventory",
    password: "inventory-123",
  });
  const pending = [1, 2,
}
