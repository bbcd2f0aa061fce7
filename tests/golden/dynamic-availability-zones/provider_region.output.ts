import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import type { Settings } from './settings';

export class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string, settings: Settings) {
    super(scope, id);
    new AwsProvider(this, 'home', { region: settings.homeRegion });
    const west = new AwsProvider(this, 'west', { alias: 'west', region: settings.standbyRegion });

    new Subnet(this, 'standby', {
      provider: west,
      vpcId: 'vpc-2',
      cidrBlock: '10.2.0.0/24',
      availabilityZone: `${settings.standbyRegion}a`,
    });
    new Subnet(this, 'home', {
      vpcId: 'vpc-1',
      cidrBlock: '10.1.0.0/24',
      availabilityZone: `${settings.homeRegion}a`,
    });
  }
}
