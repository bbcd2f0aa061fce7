import { Construct } from 'constructs';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export interface EdgeProps {
  subnetIds: string[];
  logs: S3Bucket;
}

export class Edge extends Construct {
  public readonly balancer: Lb;

  constructor(scope: Construct, id: string, props: EdgeProps) {
    super(scope, id);

    this.balancer = new Lb(this, 'edge-lb', {
      name: 'edge',
      subnets: props.subnetIds,
      tags: {
        Tier: 'edge',
      },
      accessLogs: {
        bucket: props.logs.bucket, // bucket name, not ARN
        prefix: 'edge',
        enabled: true,
      },
    });

    new S3Bucket(this, 'edge-errors', { bucket: 'edge-error-pages' });
  }
}
