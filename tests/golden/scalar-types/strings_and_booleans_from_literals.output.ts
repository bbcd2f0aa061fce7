import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { ElasticacheReplicationGroup } from '@cdktf/provider-aws/lib/elasticache-replication-group';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';

export class CacheStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new ElasticacheReplicationGroup(this, 'cache', {
      replicationGroupId: 'orders-cache',
      description: 'orders cache',
      atRestEncryptionEnabled: 'true',
      autoMinorVersionUpgrade: 'false',
      transitEncryptionEnabled: true,
      port: 6379,
    });

    new LbTargetGroup(this, 'web', {
      name: 'web',
      port: 80,
      protocol: 'HTTP',
      deregistrationDelay: '30',
    });
  }
}
