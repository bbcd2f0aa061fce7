import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

class TerraformModule extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
  }
}

export class ArchiveModule extends TerraformModule {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, "archive", { bucketPrefix: "archive-" });
  }
}
