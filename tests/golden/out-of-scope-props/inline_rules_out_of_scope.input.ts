import { Construct } from 'constructs';
import * as aws from '@cdktf/provider-aws';

export interface EdgeConfig {
  vpcId: string;
  adminCidr: string;
}

export class EdgeNetwork extends Construct {
  constructor(scope: Construct, id: string, config: EdgeConfig) {
    super(scope, id);
    this.createAcl(config.vpcId);
  }

  private createAcl(vpcId: string): void {
    new aws.networkAcl.NetworkAcl(this, 'edge-acl', {
      vpcId,
      ingress: [
        { ruleNo: 100, action: 'allow', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlock: '0.0.0.0/0' },
        {
          ruleNo: 110,
          action: 'allow',
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          cidrBlock: config.adminCidr
        },
      ],
      egress: [
        {
          ruleNo: 100,
          action: 'allow',
          protocol: 'tcp',
          fromPort: 1024,
          toPort: 65535,
          cidrBlock: (config.adminCidr), // replies to admins
        },
      ],
    });
  }
}
