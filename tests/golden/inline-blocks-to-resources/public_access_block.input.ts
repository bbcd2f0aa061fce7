import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class StaticSite extends Construct {
  public readonly content: S3Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Holds the rendered pages
    const pages = new S3Bucket(this, 'site-pages', {
      bucket: 'static-site-pages',
      publicAccessBlock: {
        blockPublicAcls: true, // no ACL grants
        blockPublicPolicy: true,
        // the CDN reads through an origin access identity
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      tags: { Team: 'web' },
    });

    this.content = new S3Bucket(this, 'site-content', {
      bucketPrefix: 'content-',
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true },
    });

    new S3Bucket(this, 'site-scratch', { publicAccessBlock: { restrictPublicBuckets: true } });
    void pages;
  }
}
