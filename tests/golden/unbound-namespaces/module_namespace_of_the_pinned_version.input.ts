import { Construct } from "constructs";
import { TerraformStack } from "cdktf";

export class Site extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new s3Bucket.S3Bucket(this, "site", { bucketPrefix: "site-" });
    new s3BucketVersioning.S3BucketVersioningA(this, "versioning", {
      bucket: bucket.id,
      versioningConfiguration: { status: "Enabled" },
    });
  }
}
