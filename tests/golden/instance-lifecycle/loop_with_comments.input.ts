import { Construct } from 'constructs';
import { instance } from '@cdktf/provider-aws';

export class Fleet extends Construct {
  constructor(scope: Construct, id: string, subnets: string[]) {
    super(scope, id);

    subnets.forEach((subnetId, i) => {
      // one node a subnet
      new instance.Instance(this, `node-${i}`, {
        ami: 'ami-0def', // pinned image
        instanceType: 't3.small',
        subnetId,
        userData: `#!/bin/bash
echo node-${i} > /etc/hostname
`, // keep the heredoc as is
      });
    });
  }
}
