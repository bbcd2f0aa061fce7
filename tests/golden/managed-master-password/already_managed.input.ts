import { Construct } from 'constructs';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';

export function managed(scope: Construct) {
  return new DbInstance(scope, 'managed', {
    engine: 'postgres',
    instanceClass: 'db.t3.micro',
    username: 'owner',
    manageMasterUserPassword: true,
    masterUserSecretKmsKeyId: 'alias/db',
  });
}
