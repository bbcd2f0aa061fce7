import { Construct } from "constructs";
import { Cloudtrail } from "@cdktf/provider-aws/lib/cloudtrail";
import { ConfigConfigurationRecorder } from "@cdktf/provider-aws/lib/config-configuration-recorder";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { WafIpset } from "@cdktf/provider-aws/lib/waf-ipset";
import { WafWebAcl } from "@cdktf/provider-aws/lib/waf-web-acl";

export function guard(scope: Construct, roleArn: string) {
  const ips = new WafIpset(scope, "ips", { name: "blocked" });
  new WafWebAcl(scope, "acl", {
    name: "acl",
    metricName: "acl",
    defaultAction: { type: "ALLOW" },
    dependsOn: [ips],
  });
  new ConfigConfigurationRecorder(scope, "recorder", { roleArn });
  new Cloudtrail(scope, "trail", { name: "trail", s3BucketName: "logs" });
  new Instance(scope, "box", { ami: "ami-123", instanceType: "t3.micro" });
}
