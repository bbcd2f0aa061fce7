import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export interface CommonTags {
  Environment: string;
  Owner: string; // team alias
}

export interface StorageProps {
  tags: CommonTags;
}

export class StorageStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    new S3Bucket(this, "logs", { bucketPrefix: "logs-", tags: props.tags });
  }
}
