import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';

export class StaticSite extends Construct {
  public readonly content: S3Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Holds the rendered pages
    const pages = new S3Bucket(this, 'site-pages', {
      bucket: 'static-site-pages',
      tags: { Team: 'web' },
    });
    new S3BucketPublicAccessBlock(this, 'site-pages-public-access-block', {
      bucket: pages.id,
      blockPublicAcls: true, // no ACL grants
      blockPublicPolicy: true,
      // the CDN reads through an origin access identity
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });

    this.content = new S3Bucket(this, 'site-content', {
      bucketPrefix: 'content-',
    });
    new S3BucketPublicAccessBlock(this, 'site-content-public-access-block', {
      bucket: this.content.id,
      blockPublicAcls: true,
      ignorePublicAcls: true,
    });

    const siteScratchBucket = new S3Bucket(this, 'site-scratch', {});
    new S3BucketPublicAccessBlock(this, 'site-scratch-public-access-block', {
      bucket: siteScratchBucket.id,
      restrictPublicBuckets: true,
    });
    void pages;
  }
}
