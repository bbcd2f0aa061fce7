import { Construct } from "constructs";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class Workers extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new IamRole(this, "role", { assumeRolePolicy: "{}" });
    new IamInstanceProfile(this, "profile", { role: role.name });
    new Instance(this, "worker", { ami: "ami-123", instanceType: "t3.micro" });
    new S3Bucket(this, "artifacts", {});
  }
}
