import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Codepipeline } from "@cdktf/provider-aws/lib/codepipeline";

export class DeliveryStack extends TerraformStack {
  constructor(scope: Construct, id: string, roleArn: string) {
    super(scope, id);
    const west = new AwsProvider(this, "west", { alias: "west", region: "us-west-2" });
    new Codepipeline(this, "delivery", {
      name: "delivery",
      roleArn,
      provider: west,
      artifactStore: [{ location: "artifacts-bucket", type: "S3" }],
      stage: [
        {
          name: "Source",
          action: [{ name: "Fetch", category: "Source", owner: "AWS", provider: "S3", version: "1", outputArtifacts: ["src"], configuration: { S3Bucket: "artifacts-bucket", S3ObjectKey: "src.zip" } }],
        },
        {
          name: "Build",
          action: [{ name: "Compile", category: "Build", owner: "AWS", provider: "CodeBuild", version: "1", inputArtifacts: ["src"], configuration: { ProjectName: "build" } }],
        },
      ],
    });
  }
}
