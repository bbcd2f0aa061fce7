import { Construct } from "constructs";
import { TerraformProvider } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export interface ArchiveProps {
  // Held as a string by mistake: the bucket's provider line is already a type error.
  readonly provider?: string;
  readonly replica?: TerraformProvider;
  readonly drProviderAlias?: string;
}

export class Archive extends Construct {
  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);
    const primary = new S3Bucket(this, "primary", {
      forceDestroy: true,
      provider: props.provider as unknown as TerraformProvider,
    });
    const replica = new S3Bucket(this, "replica", {
      forceDestroy: true,
      provider: props.replica,
    });
    new S3Bucket(this, "legacy", { forceDestroy: true, provider: "aws.west" as unknown as TerraformProvider });
    const { drProviderAlias } = props;
    const dr = new S3Bucket(this, "dr", { forceDestroy: true, provider: drProviderAlias as unknown as TerraformProvider });
    dr.arn;
    [primary, replica];
  }
}
