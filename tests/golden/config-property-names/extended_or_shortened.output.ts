import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { LambdaFunctionEventInvokeConfig } from "@cdktf/provider-aws/lib/lambda-function-event-invoke-config";
import { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";

export class RetryStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaFunctionEventInvokeConfig(this, "retries", {
      functionName: "worker",
      maximumEventAgeInSeconds: 60,
      maximumRetryAttempts: 1,
    });
    new BudgetsBudget(this, "budget", {
      budgetType: "COST",
      timeUnit: "MONTHLY",
      costFilter: [{ name: "Service", values: ["Amazon Simple Storage Service"] }],
    });
  }
}
