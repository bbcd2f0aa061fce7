// codemod-golden: no-typecheck
import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { ApiGatewayDeployment } from "@cdktf/provider-aws/lib/api-gateway-deployment";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";

// keys of other resources, and an AWS CDK habit: reported, never moved or guessed
export class ApiStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, "site", { bucketPrefix: "site-", blockPublicAcls: true });
    new ApiGatewayDeployment(this, "deployment", { restApiId: "api", stageName: "prod" });
    new LambdaFunction(this, "fn", { functionName: "fn", role: "arn", code: "./dist" });
  }
}
