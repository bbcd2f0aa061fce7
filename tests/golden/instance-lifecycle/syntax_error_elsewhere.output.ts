// codemod-golden: no-typecheck
import { Construct } from 'constructs';
import { Instance } from '@cdktf/provider-aws/lib/instance';

export class Worker extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new Instance(this, 'worker', {
      ami: 'ami-0abc',
      instanceType: 't3.micro',
      rootBlockDevice: {
        volumeType: 'gp3',
        volumeSize: 20,
        encrypted: true,
        deleteOnTermination: true,
      },
      lifecycle: {
        createBeforeDestroy: true,
      },
    });
  }

  private broken() {
    if (true {
  }
}
