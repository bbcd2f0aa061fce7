import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';

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
    new InventoryTable(this, `table-${environmentSuffix}`);
  }
}
