import { Construct } from 'constructs';
import { Instance } from '@cdktf/provider-aws/lib/instance';

export interface BastionProps {
  subnetId: string;
  amiId: string;
}

export class Bastion extends Construct {
  public readonly host: Instance;

  constructor(scope: Construct, id: string, props: BastionProps) {
    super(scope, id);

    this.host = new Instance(this, 'bastion', {
      ami: props.amiId,
      instanceType: 't3.nano',
      subnetId: props.subnetId,
      tags: {
        Name: 'bastion',
      },
    });
  }
}
