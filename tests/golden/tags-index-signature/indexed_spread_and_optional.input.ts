import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

interface IndexedTags {
  Environment: string;
  [key: string]: string;
}

interface SpreadTags {
  Team: string;
}

type AliasTags = { Owner: string };

export class FineStack extends TerraformStack {
  constructor(scope: Construct, id: string, indexed: IndexedTags, spread: SpreadTags, alias: AliasTags) {
    super(scope, id);
    new S3Bucket(this, "a", { tags: indexed });
    new S3Bucket(this, "b", { tags: { ...spread, Name: "b" } });
    new S3Bucket(this, "c", { tags: alias });
  }
}
