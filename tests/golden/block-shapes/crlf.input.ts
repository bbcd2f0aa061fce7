import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";

export class TableStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new DynamodbTable(this, "orders", {
      name: "orders",
      hashKey: "id",
      billingMode: "PAY_PER_REQUEST",
      attribute: { name: "id", type: "S" },
      pointInTimeRecovery: [
        {
          enabled: true,
        },
      ],
    });
  }
}
