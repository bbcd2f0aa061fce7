import { Construct } from 'constructs';
import { Instance } from '@cdktf/provider-aws/lib/instance';

export class Managed extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new Instance(this, 'api', {
      ami: 'ami-0abc',
      instanceType: 't3.micro',
      rootBlockDevice: {
        volumeType: 'io2',
        volumeSize: 100,
        encrypted: true,
        deleteOnTermination: false,
      },
      lifecycle: {
        preventDestroy: true,
      },
    });

    // a fixed private address cannot be taken by a successor while this one runs
    new Instance(this, 'dns', {
      ami: 'ami-0abc',
      instanceType: 't3.micro',
      privateIp: '10.0.0.10',
      rootBlockDevice: {
        volumeType: 'gp3',
        volumeSize: 20,
        encrypted: true,
        deleteOnTermination: true,
      },
    });
  }
}
