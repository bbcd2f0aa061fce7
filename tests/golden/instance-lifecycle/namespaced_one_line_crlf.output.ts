import { Construct } from "constructs";
import * as aws from "@cdktf/provider-aws";

export function jumpHosts(scope: Construct, ami: string) {
  new aws.instance.Instance(scope, "jump", { ami, instanceType: "t3.micro", rootBlockDevice: { volumeType: "gp3", volumeSize: 20, encrypted: true, deleteOnTermination: true }, lifecycle: { createBeforeDestroy: true } });
}
