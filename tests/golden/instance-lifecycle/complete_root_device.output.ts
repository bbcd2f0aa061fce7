import { Construct } from "constructs";
import { Instance } from "@cdktf/provider-aws/lib/instance";

export class Workers extends Construct {
  constructor(scope: Construct, id: string, size: number) {
    super(scope, id);

    new Instance(this, "worker", {
      ami: "ami-0abc",
      instanceType: "c6i.large",
      rootBlockDevice: {
        volumeType: "gp3",
        volumeSize: size,
        encrypted: true,
        deleteOnTermination: true
      },
      lifecycle: {
        ignoreChanges: ["ami"]
      }
    });

    new Instance(this, "builder", {
      ami: "ami-0abc",
      instanceType: "c6i.xlarge",
      rootBlockDevice: { volumeType: "io2", iops: 4000, deleteOnTermination: false, volumeSize: 20, encrypted: true },
      lifecycle: {
        createBeforeDestroy: true
      }
    });
  }
}
