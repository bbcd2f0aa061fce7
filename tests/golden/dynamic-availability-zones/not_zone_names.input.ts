import { Construct } from 'constructs';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';

const zonesByRegion: Record<string, string[]> = {
  'us-east-1': ['us-east-1a', 'us-east-1b'],
  'eu-central-1': ['eu-central-1a', 'eu-central-1b'],
};

export function subnets(scope: Construct, region: string) {
  const mixed = ['us-east-1a', 'eu-central-1a'];
  const zoneIds = ['use1-az1', 'use1-az2'];
  const local = ['us-west-2-lax-1a'];
  new Subnet(scope, 'dynamic', {
    vpcId: 'vpc-9',
    cidrBlock: '10.9.0.0/24',
    availabilityZone: `${region}a`,
    tags: { Note: 'us-east-1a' },
  });
  new Subnet(scope, 'by-id', { vpcId: 'vpc-9', cidrBlock: '10.9.1.0/24', availabilityZoneId: 'use1-az4' });
  return { zonesByRegion, mixed, zoneIds, local };
}
