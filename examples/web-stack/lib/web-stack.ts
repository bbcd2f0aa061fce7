// A stack as a model might write it: every comment here is kept by the codemods.
import { Construct } from "constructs";
import { S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import * as aws from "@cdktf/provider-aws";

export interface WebStackProps {
  readonly environmentSuffix: string;
  readonly awsRegion: string;
  readonly stateBucket: string;
}

export class WebStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id);

    new aws.provider.AwsProvider(this, "aws", { region: props.awsRegion });

    new S3Backend(this, {
      bucket: props.stateBucket,
      key: `${props.environmentSuffix}/${id}.tfstate`,
      region: props.awsRegion,
      encrypt: true,
    });

    const network = new aws.vpc.Vpc(this, "network", {
      cidrBlock: "10.40.0.0/16",
      enableDnsHostnames: true,
    });

    const web = new aws.securityGroup.SecurityGroup(this, "web", {
      vpcId: network.id,
      description: "web tier",
    });

    // Allow all outbound traffic.
    new aws.securityGroupRule.SecurityGroupRule(this, "web-egress", {
      type: "egress",
      securityGroupId: web.id,
      protocol: "-1",
      fromPort: 0,
      toPort: 0,
      cidrBlocks: ["0.0.0.0/0"],
    });

    const logs = new aws.cloudwatchLogGroup.CloudwatchLogGroup(this, "app-logs", {
      name: `/web/${props.environmentSuffix}`,
      retentionInDays: 30,
      kmsKeyId: "alias/aws/logs",
    });

    new TerraformOutput(this, "log-group", { value: logs.name });
  }
}
