import { Construct } from 'constructs';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';

export class Network extends Construct {
  readonly subnets: Subnet[];
  firstSubnet!: Subnet; // set by the loop

  constructor(scope: Construct, id: string, vpcId: string, cidrs: string[]) {
    super(scope, id);
    this.subnets = [];
    cidrs.forEach((cidr, i) => {
      const subnet = new Subnet(this, `subnet-${i}`, { vpcId, cidrBlock: cidr });
      this.subnets.push(subnet);
      if (i === 0) {
        this.firstSubnet = subnet;
      }
    });
  }
}
