import { Construct } from 'constructs';
import { App, TerraformStack } from 'cdktf';
import * as aws from '@cdktf/provider-aws';

export class ZonesStack extends TerraformStack {
  private readonly zones: aws.dataAwsAvailabilityZones.DataAwsAvailabilityZones;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.zones = new aws.dataAwsAvailabilityZones.DataAwsAvailabilityZones(this, 'zones', {});
    const vpc = new aws.vpc.Vpc(this, 'vpc', { cidrBlock: '10.1.0.0/16' });
    new aws.subnet.Subnet(this, 'a', { vpcId: vpc.id, cidrBlock: '10.1.1.0/24', availabilityZone: this.zones.names[0] });
    new aws.subnet.Subnet(this, 'b', { vpcId: vpc.id, cidrBlock: '10.1.2.0/24', availabilityZone: this.zones.zoneIds[1] });
  }
}

new ZonesStack(new App(), 'zones');
