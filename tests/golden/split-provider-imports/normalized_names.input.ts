import { Construct } from "constructs";
import { WafwebAcl, WafIpSet, AwsConfigConfigurationRecorder } from "@cdktf/provider-aws";
import { CloudtrailTrail } from "@cdktf/provider-aws/lib/cloudtrail";
import { Ec2Instance } from "@cdktf/provider-aws/lib/instance";

export function guard(scope: Construct, roleArn: string) {
  const ips = new WafIpSet(scope, "ips", { name: "blocked" });
  new WafwebAcl(scope, "acl", {
    name: "acl",
    metricName: "acl",
    defaultAction: { type: "ALLOW" },
    dependsOn: [ips],
  });
  new AwsConfigConfigurationRecorder(scope, "recorder", { roleArn });
  new CloudtrailTrail(scope, "trail", { name: "trail", s3BucketName: "logs" });
  new Ec2Instance(scope, "box", { ami: "ami-123", instanceType: "t3.micro" });
}
