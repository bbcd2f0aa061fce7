import { Construct } from 'constructs';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';

export function databases(scope: Construct, stage: string) {
  const primary = new DbInstance(scope, 'primary', {
    engine: 'postgres',
    instanceClass: 'db.t3.medium',
    username: 'app',
    password: 'Temp0rary!Pass', // rotate before go-live
    multiAz: true,
  });

  const analytics = new RdsCluster(scope, 'analytics', {
    engine: 'aurora-mysql',
    masterUsername: 'analyst',
    masterPassword: `Analytics-${stage}-2024`,
    storageEncrypted: true,
  });

  return { primary, analytics };
}
