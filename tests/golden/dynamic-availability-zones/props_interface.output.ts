import * as aws from '@cdktf/provider-aws';
import { Construct } from 'constructs';

export interface NetworkProps {
  readonly region: string;
  readonly cidr: string;
}

export class Network extends Construct {
  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const vpc = new aws.vpc.Vpc(this, 'vpc', { cidrBlock: props.cidr });

    const zones = [`${props.region}a`, `${props.region}b`];
    zones.forEach((zone, index) => {
      new aws.subnet.Subnet(this, `app-${index}`, {
        vpcId: vpc.id,
        cidrBlock: `10.0.${index}.0/24`,
        availabilityZone: zone,
      });
    });

    new aws.subnet.Subnet(this, 'spare', {
      vpcId: vpc.id,
      cidrBlock: '10.0.9.0/24',
      availabilityZone: `${props.region}c`, // kept for later
    });
  }
}
