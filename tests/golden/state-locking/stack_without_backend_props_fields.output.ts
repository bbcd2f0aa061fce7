import { Construct } from 'constructs';
import { TerraformStack, S3Backend } from 'cdktf';

export interface InventoryConfig {
  environmentSuffix: string;
  stateBucket: string;
  region: string;
  owner?: string;
}

export class InventoryStack extends TerraformStack {
  constructor(scope: Construct, name: string, config: InventoryConfig) {
    super(scope, name);
    const { environmentSuffix } = config;

    new S3Backend(this, {
      bucket: config.stateBucket,
      key: `${environmentSuffix}/${name}.tfstate`,
      region: config.region,
      encrypt: true,
    });
    this.addOverride('terraform.backend.s3.use_lockfile', true);

    new InventoryTable(this, `table-${environmentSuffix}`);
  }
}
