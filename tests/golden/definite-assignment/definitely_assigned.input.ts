import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export interface SiteProps {
  logs: boolean;
}

export class Site extends Construct {
  public readonly bucket: S3Bucket;
  public readonly logs: S3Bucket;
  public readonly name: string;
  public readonly alias: string;
  public readonly first: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    this.name = this.alias = id;
    {
      this.bucket = new S3Bucket(this, "site", { bucketPrefix: "site-" });
    }
    if (props.logs) {
      this.logs = new S3Bucket(this, "logs", { bucketPrefix: "logs-" });
    } else if (id) {
      this.logs = this.bucket;
    } else {
      this.logs = new S3Bucket(this, "other", { bucketPrefix: "other-" });
    }
    this.first = ["a"].map((x) => x)[0];
  }
}
