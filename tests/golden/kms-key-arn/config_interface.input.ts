import { Construct } from 'constructs';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';

export interface OrdersDatabaseConfig {
  identifier: string;
  instanceClass: string;
  subnetGroupName: string;
}

export class OrdersDatabase extends Construct {
  public readonly instance: DbInstance;

  constructor(scope: Construct, id: string, config: OrdersDatabaseConfig) {
    super(scope, id);

    this.instance = new DbInstance(this, 'orders', {
      identifier: config.identifier,
      engine: 'postgres',
      instanceClass: config.instanceClass,
      allocatedStorage: 50,
      dbSubnetGroupName: config.subnetGroupName,
      storageEncrypted: true,
      kmsKeyId: 'alias/aws/rds',
      skipFinalSnapshot: true,
    });
  }
}
