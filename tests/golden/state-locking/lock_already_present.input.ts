import { Construct } from 'constructs';
import { S3Backend, TerraformStack } from 'cdktf';

export class SearchStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Backend(this, {
      bucket: 'search-state',
      key: `search/${id}.tfstate`,
      region: 'us-east-1',
      encrypt: true,
    });

    // Native S3 locking
    this.addOverride("terraform.backend.s3.use_lockfile", true);
  }
}

export class ArchiveStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Backend(this, {
      bucket: 'archive-state',
      key: `archive/${id}.tfstate`,
      region: 'us-east-1',
    });
    // Locking is off on purpose for this read-mostly stack
    this.addOverride('terraform.backend.s3.use_lockfile', false);
  }
}
