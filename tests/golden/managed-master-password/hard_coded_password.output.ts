import { Construct } from 'constructs';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';

export function databases(scope: Construct, stage: string) {
  const primary = new DbInstance(scope, 'primary', {
    engine: 'postgres',
    instanceClass: 'db.t3.medium',
    username: 'app',
    manageMasterUserPassword: true,
    multiAz: true,
  });

  const analytics = new RdsCluster(scope, 'analytics', {
    engine: 'aurora-mysql',
    masterUsername: 'analyst',
    manageMasterUserPassword: true,
    storageEncrypted: true,
  });

  return { primary, analytics };
}
