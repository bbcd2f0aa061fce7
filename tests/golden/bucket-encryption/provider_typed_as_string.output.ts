import { Construct } from "constructs";
import { TerraformProvider } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";

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
    new S3BucketServerSideEncryptionConfigurationA(this, "primary-encryption", {
      bucket: primary.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256",
          },
        },
      ],
    });
    const replica = new S3Bucket(this, "replica", {
      forceDestroy: true,
      provider: props.replica,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "replica-encryption", {
      provider: props.replica,
      bucket: replica.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256",
          },
        },
      ],
    });
    const legacyBucket = new S3Bucket(this, "legacy", { forceDestroy: true, provider: "aws.west" as unknown as TerraformProvider });
    new S3BucketServerSideEncryptionConfigurationA(this, "legacy-encryption", {
      bucket: legacyBucket.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256",
          },
        },
      ],
    });
    const { drProviderAlias } = props;
    const dr = new S3Bucket(this, "dr", { forceDestroy: true, provider: drProviderAlias as unknown as TerraformProvider });
    new S3BucketServerSideEncryptionConfigurationA(this, "dr-encryption", {
      bucket: dr.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "AES256",
          },
        },
      ],
    });
    dr.arn;
    [primary, replica];
  }
}
